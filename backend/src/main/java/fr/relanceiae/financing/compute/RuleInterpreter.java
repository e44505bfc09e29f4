package fr.relanceiae.financing.compute;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates parsed rules over a diagnostic: a plain walk over the {@link Condition} and
 * {@link Formula} trees (no script engine, nothing from the JSON is ever executed).
 * Conditions compare the unrounded figures; only the final amount is rounded.
 */
public final class RuleInterpreter {

    private RuleInterpreter() {
    }

    public static RuleOutcome evaluate(FinancingRule rule, DiagnosticInputs inputs) {
        return evaluate(rule, Facts.of(inputs));
    }

    static RuleOutcome evaluate(FinancingRule rule, Facts facts) {
        Evaluation evaluation = test(rule.condition(), facts);
        if (!evaluation.holds()) {
            return new RuleOutcome(rule, false, List.of(), null);
        }
        BigDecimal amount = rule.amount() == null ? null : Money.round(compute(rule.amount(), facts));
        return new RuleOutcome(rule, true, evaluation.triggers(), amount);
    }

    /** Whether a condition holds, and the tests that made it hold. */
    record Evaluation(boolean holds, List<Trigger> triggers) {
        static final Evaluation FALSE = new Evaluation(false, List.of());
    }

    static Evaluation test(Condition condition, Facts facts) {
        if (condition instanceof Condition.All all) {
            List<Trigger> triggers = new ArrayList<>();
            for (Condition each : all.conditions()) {
                Evaluation evaluation = test(each, facts);
                if (!evaluation.holds()) {
                    return Evaluation.FALSE;
                }
                triggers.addAll(evaluation.triggers());
            }
            return new Evaluation(true, triggers);
        }
        if (condition instanceof Condition.Any any) {
            // every alternative is tested, so that the reason names all those that hold
            List<Trigger> triggers = new ArrayList<>();
            boolean holds = false;
            for (Condition each : any.conditions()) {
                Evaluation evaluation = test(each, facts);
                holds |= evaluation.holds();
                triggers.addAll(evaluation.triggers());
            }
            return holds ? new Evaluation(true, triggers) : Evaluation.FALSE;
        }
        if (condition instanceof Condition.Comparison comparison) {
            return compare(comparison, facts);
        }
        Condition.Membership membership = (Condition.Membership) condition;
        Object value = facts.value(membership.field());
        return value != null && membership.values().contains(value)
                ? new Evaluation(true, List.of(new Trigger(membership, value, null)))
                : Evaluation.FALSE;
    }

    private static Evaluation compare(Condition.Comparison comparison, Facts facts) {
        Object value = facts.value(comparison.field());
        Object bound = comparison.value() instanceof Condition.FieldRef ref
                ? facts.value(ref.field())
                : ((Condition.Constant) comparison.value()).value();
        if (value == null || bound == null) {
            return Evaluation.FALSE;
        }
        boolean holds = comparison.op().holds(comparison.field().type().compare(value, bound));
        return holds ? new Evaluation(true, List.of(new Trigger(comparison, value, bound))) : Evaluation.FALSE;
    }

    /** The formula's unrounded value, or null when a term is unknown or a divisor is zero. */
    static BigDecimal compute(Formula formula, Facts facts) {
        if (formula instanceof Formula.Constant constant) {
            return constant.value();
        }
        if (formula instanceof Formula.FieldValue fieldValue) {
            return (BigDecimal) facts.value(fieldValue.field());
        }
        Formula.Operation operation = (Formula.Operation) formula;
        List<BigDecimal> terms = new ArrayList<>();
        for (Formula term : operation.terms()) {
            BigDecimal value = compute(term, facts);
            if (value == null) {
                return null;
            }
            terms.add(value);
        }
        BigDecimal first = terms.get(0);
        return switch (operation.operator()) {
            case ADD -> terms.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case SUB -> first.subtract(terms.get(1));
            case MUL -> terms.stream().reduce(BigDecimal.ONE, BigDecimal::multiply);
            case DIV -> terms.get(1).signum() == 0 ? null : first.divide(terms.get(1), MathContext.DECIMAL128);
            case MIN -> terms.stream().reduce(first, BigDecimal::min);
            case MAX -> terms.stream().reduce(first, BigDecimal::max);
        };
    }
}
