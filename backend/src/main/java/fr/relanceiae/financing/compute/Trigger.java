package fr.relanceiae.financing.compute;

/**
 * A comparison or list test that held, with the values it saw: the "why" of a
 * recommendation. {@code boundValue} is what {@code value} was compared to (the
 * constant, or the other field's value); null for a list test.
 */
public record Trigger(Condition test, Object value, Object boundValue) {

    public RuleField field() {
        if (test instanceof Condition.Comparison comparison) {
            return comparison.field();
        }
        return ((Condition.Membership) test).field();
    }
}
