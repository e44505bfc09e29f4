package fr.relanceiae.financing.compute;

import java.util.Arrays;
import java.util.Optional;

/** The comparison operators of the rule language, written as in the JSON. */
public enum ComparisonOp {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("="), NE("!=");

    /** The list given in error messages. */
    static final String SYMBOLS = "<, <=, >, >=, = ou !=";

    private final String symbol;

    ComparisonOp(String symbol) {
        this.symbol = symbol;
    }

    public static Optional<ComparisonOp> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(op -> op.symbol.equals(symbol)).findFirst();
    }

    public String symbol() {
        return symbol;
    }

    /** Whether it needs ordered values ({@code <}…) rather than just equality. */
    public boolean ordering() {
        return this != EQ && this != NE;
    }

    /** Whether it holds for a comparison result (negative, zero, positive). */
    boolean holds(int comparison) {
        return switch (this) {
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
        };
    }
}
