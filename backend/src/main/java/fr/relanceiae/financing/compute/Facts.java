package fr.relanceiae.financing.compute;

/** What rules are evaluated over: the inputs and the unrounded figures computed from them, once. */
record Facts(DiagnosticInputs inputs, ExactFigures figures) {

    static Facts of(DiagnosticInputs inputs) {
        return new Facts(inputs, ExactFigures.of(inputs));
    }

    Object value(RuleField field) {
        return field.valueIn(this);
    }
}
