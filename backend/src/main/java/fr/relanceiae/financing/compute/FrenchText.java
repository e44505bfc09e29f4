package fr.relanceiae.financing.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reasons of recommendations, in French: « label : trésorerie pour 2,4 mois (moins
 * de 6 mois) ; perte de chiffre d'affaires de 35 % (au moins 30 %) ».
 *
 * <p>Numbers are written the French way, as the web app writes them
 * ({@code Intl.NumberFormat('fr-FR')}): a narrow no-break space between thousands, a
 * decimal comma, a no-break space before the unit. A value is shown with 2 decimals at
 * most, unless that would contradict the test it passed (a runway of 5.999 months is not
 * written "6 mois (moins de 6 mois)"): then with as many as it takes.
 */
final class FrenchText {

    static final char THOUSANDS = '\u202f';
    static final char BEFORE_UNIT = '\u00a0';

    private static final int SHOWN_DECIMALS = 2;
    private static final int MAX_DECIMALS = 12;

    private FrenchText() {
    }

    static String reason(String label, List<Trigger> triggers) {
        if (triggers.isEmpty()) {
            return label;
        }
        return label + BEFORE_UNIT + ": " + triggers.stream().map(FrenchText::trigger)
                .collect(Collectors.joining(BEFORE_UNIT + "; "));
    }

    static String trigger(Trigger trigger) {
        RuleField field = trigger.field();
        if (trigger.test() instanceof Condition.Membership membership) {
            return phrase(field, trigger.value(), SHOWN_DECIMALS) + " (parmi " + list(membership) + ")";
        }
        Condition.Comparison comparison = (Condition.Comparison) trigger.test();
        ComparisonOp op = comparison.op();
        Object value = trigger.value();
        Object bound = trigger.boundValue();
        boolean againstField = comparison.value() instanceof Condition.FieldRef;
        int decimals = value instanceof BigDecimal number
                ? decimalsKeeping(op, number, (BigDecimal) bound, againstField)
                : SHOWN_DECIMALS;
        String subject = phrase(field, value, decimals);
        if (field.type() == ValueType.BOOLEAN || (op == ComparisonOp.EQ && !againstField)) {
            return subject; // « activité partielle pas encore utilisée », « PGE obtenu : 0 € »
        }
        if (againstField) {
            RuleField other = ((Condition.FieldRef) comparison.value()).field();
            return subject + " (" + relationToField(op) + " " + other.noun() + ", "
                    + value(other, bound, decimals) + ")";
        }
        String shownBound = bound instanceof BigDecimal number
                ? value(field, number, Math.max(SHOWN_DECIMALS, number.stripTrailingZeros().scale()))
                : value(field, bound, SHOWN_DECIMALS);
        return subject + " (" + relationToConstant(op, field.type()).formatted(shownBound) + ")";
    }

    /** Fewest decimals (2 at least) at which the rounded values still pass the test. */
    private static int decimalsKeeping(ComparisonOp op, BigDecimal value, BigDecimal bound, boolean roundBoundToo) {
        for (int decimals = SHOWN_DECIMALS; decimals <= MAX_DECIMALS; decimals++) {
            BigDecimal shownValue = value.setScale(decimals, RoundingMode.HALF_UP);
            BigDecimal shownBound = roundBoundToo ? bound.setScale(decimals, RoundingMode.HALF_UP) : bound;
            if (op.holds(shownValue.compareTo(shownBound))) {
                return decimals;
            }
        }
        return MAX_DECIMALS;
    }

    private static String relationToConstant(ComparisonOp op, ValueType type) {
        if (type == ValueType.STRUCTURE_KIND) {
            return "autre que %s"; // only = and != apply, and = says nothing more
        }
        boolean risk = type == ValueType.RISK_LEVEL;
        return switch (op) {
            case LT -> risk ? "en dessous du niveau %s" : "moins de %s";
            case LE -> "au plus %s";
            case GT -> risk ? "au-dessus du niveau %s" : "plus de %s";
            case GE -> "au moins %s";
            case EQ -> "égal à %s";
            case NE -> "autre que %s";
        };
    }

    private static String relationToField(ComparisonOp op) {
        return switch (op) {
            case LT -> "moins que";
            case LE -> "pas plus que";
            case GT -> "plus que";
            case GE -> "au moins autant que";
            case EQ -> "autant que";
            case NE -> "autre que";
        };
    }

    private static String list(Condition.Membership membership) {
        List<String> shown = membership.values().stream().map(v -> value(membership.field(), v, SHOWN_DECIMALS))
                .toList();
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " ou " + shown.get(shown.size() - 1);
    }

    private static String phrase(RuleField field, Object value, int decimals) {
        return field.phrase(value).formatted(value(field, value, decimals));
    }

    /** A value as shown: « 22 500 € », « 35 % », « 2,4 mois », « élevé », « ACI ». */
    static String value(RuleField field, Object value, int decimals) {
        if (value instanceof RiskLevel level) {
            return level.french();
        }
        if (value instanceof Boolean yes) {
            return yes ? "oui" : "non";
        }
        if (!(value instanceof BigDecimal number)) {
            return String.valueOf(value);
        }
        return switch (field.unit()) {
            case EURO -> euros(number, decimals);
            case PERCENT -> number(number, 0, decimals) + BEFORE_UNIT + "%";
            case MONTHS -> number(number, 0, decimals) + BEFORE_UNIT + "mois";
            case NONE -> number(number, 0, decimals);
        };
    }

    /** Whole euros without decimals (« 22 500 € »), others with at least two (« 1 234,50 € »). */
    static String euros(BigDecimal amount, int decimals) {
        boolean whole = amount.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().scale() <= 0;
        return number(amount, whole ? 0 : SHOWN_DECIMALS, decimals) + BEFORE_UNIT + "€";
    }

    static String number(BigDecimal number, int minDecimals, int maxDecimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.FRANCE);
        symbols.setGroupingSeparator(THOUSANDS);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }
}
