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

    /** "1 234 567". */
    static String integer(long value) {
        return format("#,##0", value);
    }

    /** "1 234 567" for a whole amount, "1 234,50" otherwise. */
    static String amount(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().scale() <= 0 ? integer(rounded.longValue()) : format("#,##0.00", rounded);
    }

    /** "3,2": one decimal. */
    static String oneDecimal(double value) {
        return format("0.0", value);
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
