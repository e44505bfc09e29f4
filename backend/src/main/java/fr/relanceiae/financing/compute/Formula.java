package fr.relanceiae.financing.compute;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An amount formula, as parsed from its JSON by {@link RuleParser}: a number
 * ({@code 22500} or {@code {"const": 22500}}), a numeric field ({@code {"field":
 * "lastYearRevenue"}}), or an operation over a list of formulas: {@code add}, {@code mul},
 * {@code min}, {@code max} (one term or more), {@code sub}, {@code div} (exactly two).
 * Example: {@code {"min": [{"mul": [{"field": "lastYearRevenue"}, 0.25]}, 22500]}}.
 *
 * <p>The result is unknown (null) as soon as a term is (no "min of what we know"), or on a
 * division by zero.
 */
public sealed interface Formula {

    record Constant(BigDecimal value) implements Formula {
    }

    record FieldValue(RuleField field) implements Formula {
    }

    record Operation(Operator operator, List<Formula> terms) implements Formula {
        public Operation {
            terms = List.copyOf(terms);
        }
    }

    enum Operator {
        ADD("add"), SUB("sub"), MUL("mul"), DIV("div"), MIN("min"), MAX("max");

        private final String jsonName;

        Operator(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        /** Subtraction and division take exactly two terms; the others one or more. */
        public boolean binary() {
            return this == SUB || this == DIV;
        }

        public static Optional<Operator> byJsonName(String name) {
            return Arrays.stream(values()).filter(op -> op.jsonName.equals(name)).findFirst();
        }
    }
}
