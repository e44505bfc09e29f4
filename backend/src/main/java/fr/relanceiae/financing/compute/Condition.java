package fr.relanceiae.financing.compute;

import java.util.List;

/**
 * A rule's condition, as parsed from its JSON by {@link RuleParser} and evaluated by
 * {@link RuleInterpreter}. The JSON forms:
 * <ul>
 * <li>{@code {"all": [c1, c2…]}}: every condition holds;</li>
 * <li>{@code {"any": [c1, c2…]}}: at least one holds;</li>
 * <li>{@code {"field": "runwayMonths", "op": "<", "value": 6}}: a comparison with a
 * number, {@code true}/{@code false}, a risk level ({@code "MEDIUM"}: levels compare by
 * severity), a structure kind, or another field ({@code {"field": "cashOnHand"}});</li>
 * <li>{@code {"field": "kind", "in": ["ACI", "AI"]}}: the value is one of a list.</li>
 * </ul>
 * A comparison or a list test over an unknown (null) value is false, {@code !=} included:
 * a rule never fires on what the structure has not said yet.
 */
public sealed interface Condition {

    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    record Comparison(RuleField field, ComparisonOp op, Operand value) implements Condition {
    }

    /** The field's value is one of {@code values} (risk levels or structure kinds), kept in the order written. */
    record Membership(RuleField field, List<Object> values) implements Condition {
        public Membership {
            values = List.copyOf(values);
        }
    }

    /** The right-hand side of a comparison: a constant or another field. */
    sealed interface Operand {
    }

    /** A BigDecimal, Boolean, RiskLevel or StructureKind, matching the compared field's type. */
    record Constant(Object value) implements Operand {
    }

    record FieldRef(RuleField field) implements Operand {
    }
}
