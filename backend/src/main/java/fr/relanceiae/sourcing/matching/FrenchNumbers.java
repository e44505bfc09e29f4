package fr.relanceiae.sourcing.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers written the French way, with plain spaces (the texts are shown and tested as they are): "12 500", "3,2". */
final class FrenchNumbers {

    private FrenchNumbers() {
    }

    /** "1 234 567" (written by hand: a DecimalFormat per reason would cost more than the match itself). */
    static String integer(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            grouped.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    /** "1 234 567" for a whole amount, "1 234,50" otherwise. */
    static String amount(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().scale() <= 0 ? integer(rounded.longValue()) : format("#,##0.00", rounded);
    }

    /** "3,2": one decimal, half up, for a positive value. */
    static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return integer(tenths / 10) + "," + tenths % 10;
    }

    private static String format(String pattern, Object value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
