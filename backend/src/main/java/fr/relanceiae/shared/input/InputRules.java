package fr.relanceiae.shared.input;

import java.math.BigDecimal;

/**
 * What any value must satisfy before it reaches arithmetic or the database,
 * whichever way it came in (JSON, query, path, form, CSV cell).
 * <ul>
 * <li>Text holds no control character but tab, line feed and carriage return:
 * PostgreSQL refuses NUL in text, and the others have no meaning in a name, an
 * address or a description.</li>
 * <li>A decimal has at most {@value #MAX_DECIMAL_DIGITS} digits before the point and
 * {@value #MAX_DECIMAL_DIGITS} after it: {@code 1e-2000000} parses in no time
 * but rounding it to cents costs seconds, and PostgreSQL's numeric cannot hold it.</li>
 * </ul>
 */
public final class InputRules {

    public static final int MAX_DECIMAL_DIGITS = 30;

    public static final String CONTROL_CHARACTER_MESSAGE = "caractère de contrôle interdit (octet nul…)";
    public static final String DECIMAL_OUT_OF_BOUNDS_MESSAGE = "nombre hors limites : " + MAX_DECIMAL_DIGITS
            + " chiffres au plus avant la virgule et " + MAX_DECIMAL_DIGITS + " après";

    private InputRules() {
    }

    /** True when the text holds a C0 control character other than tab, line feed or carriage return, or DEL. */
    public static boolean hasControlCharacter(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the decimal is small enough for any arithmetic. Reads only its
     * scale and precision, both cheap whatever the exponent (comparing or
     * rounding it is what costs).
     */
    public static boolean isBoundedDecimal(BigDecimal value) {
        if (value == null) {
            return true;
        }
        int scale = value.scale();
        if (scale > MAX_DECIMAL_DIGITS || scale < -MAX_DECIMAL_DIGITS) {
            return false;
        }
        // Digits before the decimal point: precision - scale (the scale is negative for 1E+5).
        return value.precision() - scale <= MAX_DECIMAL_DIGITS;
    }

    /**
     * Parses a decimal written by a person or a program (the import's cells, a
     * query parameter): no control character, at most 100 characters, then
     * {@link #isBoundedDecimal}. Throws {@link NumberFormatException} otherwise.
     */
    public static BigDecimal parseDecimal(String text) {
        if (text.length() > 100) {
            throw new NumberFormatException("too long");
        }
        BigDecimal value = new BigDecimal(text);
        if (!isBoundedDecimal(value)) {
            throw new NumberFormatException(DECIMAL_OUT_OF_BOUNDS_MESSAGE);
        }
        return value;
    }
}
