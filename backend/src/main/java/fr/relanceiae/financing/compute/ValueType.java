package fr.relanceiae.financing.compute;

import java.math.BigDecimal;

/**
 * The types of the values rules talk about. Numbers and risk levels are ordered
 * (risk levels by severity); booleans and structure kinds only compare with
 * {@code =} and {@code !=}.
 */
public enum ValueType {
    NUMBER(true), BOOLEAN(false), RISK_LEVEL(true), STRUCTURE_KIND(false);

    private final boolean ordered;

    ValueType(boolean ordered) {
        this.ordered = ordered;
    }

    public boolean ordered() {
        return ordered;
    }

    /** Compares two non-null values of this type: the sign of the result, or 0/1 (equal or not) when unordered. */
    int compare(Object left, Object right) {
        return switch (this) {
            case NUMBER -> ((BigDecimal) left).compareTo((BigDecimal) right);
            case RISK_LEVEL -> Integer.compare(((RiskLevel) left).ordinal(), ((RiskLevel) right).ordinal());
            case BOOLEAN, STRUCTURE_KIND -> left.equals(right) ? 0 : 1;
        };
    }
}
