package fr.relanceiae.financing.compute;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a rule gave over one diagnostic: whether it applies, the tests that made it apply
 * (empty when it does not), and its amount rounded half-up to 2 decimals (null when it
 * does not apply, gives no formula, or the formula's inputs are unknown).
 */
public record RuleOutcome(FinancingRule rule, boolean applies, List<Trigger> triggers, BigDecimal amount) {

    public RuleOutcome {
        triggers = List.copyOf(triggers);
    }

    /** The recommendation this outcome makes; only meaningful when it applies. */
    public Recommendation toRecommendation() {
        return new Recommendation(rule.instrument(), FrenchText.reason(rule.label(), triggers), amount);
    }
}
