package fr.relanceiae.financing.compute;

/**
 * One recommendation rule: when {@code condition} holds, recommend {@code instrument},
 * for an indicative {@code amount} (null when the rule gives none), explaining it with
 * {@code label} (French) and the values that made the condition hold.
 */
public record FinancingRule(String code, String label, Instrument instrument, Condition condition, Formula amount) {
}
