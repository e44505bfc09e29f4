package fr.relanceiae.financing.compute;

import static fr.relanceiae.financing.compute.Cases.burning;
import static fr.relanceiae.financing.compute.Cases.euros;
import static fr.relanceiae.financing.compute.Cases.healthy;
import static fr.relanceiae.financing.compute.RuleParserTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RuleInterpreterTest {

    @Test
    void a_comparison_with_an_unknown_value_is_false_whatever_the_operator() {
        DiagnosticInputs noCash = healthy().cashOnHand(null).build();

        for (String op : new String[] { "<", "<=", ">", ">=", "=", "!=" }) {
            assertThat(holds("{\"field\": \"cashOnHand\", \"op\": \"" + op + "\", \"value\": 0}", noCash)).isFalse();
            assertThat(holds("{\"field\": \"debtsDue3m\", \"op\": \"" + op + "\", \"value\": {\"field\": \"cashOnHand\"}}",
                    noCash)).isFalse();
        }
        assertThat(holds("{\"field\": \"kind\", \"in\": [\"ACI\"]}", healthy().kind(null).build())).isFalse();
        assertThat(holds("{\"field\": \"kind\", \"op\": \"!=\", \"value\": \"EA\"}", healthy().kind(null).build()))
                .isFalse();
    }

    @Test
    void operators_compare_numbers_by_value_not_by_scale() {
        DiagnosticInputs inputs = healthy().revenueLossPct(euros("30.00")).build();

        assertThat(holds("{\"field\": \"revenueLossPct\", \"op\": \"=\", \"value\": 30}", inputs)).isTrue();
        assertThat(holds("{\"field\": \"revenueLossPct\", \"op\": \"<=\", \"value\": 30}", inputs)).isTrue();
        assertThat(holds("{\"field\": \"revenueLossPct\", \"op\": \">=\", \"value\": 30}", inputs)).isTrue();
        assertThat(holds("{\"field\": \"revenueLossPct\", \"op\": \"<\", \"value\": 30}", inputs)).isFalse();
        assertThat(holds("{\"field\": \"revenueLossPct\", \"op\": \">\", \"value\": 30}", inputs)).isFalse();
        assertThat(holds("{\"field\": \"revenueLossPct\", \"op\": \"!=\", \"value\": 30}", inputs)).isFalse();
    }

    @Test
    void risk_levels_compare_by_severity() {
        DiagnosticInputs high = burning("10000").build();

        assertThat(holds("{\"field\": \"riskLevel\", \"op\": \">\", \"value\": \"MEDIUM\"}", high)).isTrue();
        assertThat(holds("{\"field\": \"riskLevel\", \"op\": \"<\", \"value\": \"CRITICAL\"}", high)).isTrue();
        assertThat(holds("{\"field\": \"riskLevel\", \"op\": \"<\", \"value\": \"HIGH\"}", high)).isFalse();
        assertThat(holds("{\"field\": \"riskLevel\", \"in\": [\"HIGH\", \"CRITICAL\"]}", high)).isTrue();
    }

    @Test
    void any_names_every_alternative_that_holds_and_all_every_test() {
        DiagnosticInputs inputs = burning("12000").revenueLossPct(euros("10")).build();
        Condition any = RuleParser.parseCondition(json("""
                {"any": [{"field": "revenueLossPct", "op": ">=", "value": 30},
                         {"field": "runwayMonths", "op": "<", "value": 6},
                         {"field": "expectedRevenue", "op": "<", "value": {"field": "breakEvenRevenue"}}]}"""),
                "condition").value();

        RuleInterpreter.Evaluation evaluation = RuleInterpreter.test(any, Facts.of(inputs));

        assertThat(evaluation.holds()).isTrue();
        assertThat(evaluation.triggers()).extracting(Trigger::field)
                .containsExactly(RuleField.RUNWAY_MONTHS, RuleField.EXPECTED_REVENUE);
        assertThat((BigDecimal) evaluation.triggers().get(0).boundValue()).isEqualByComparingTo("6");
        assertThat((BigDecimal) evaluation.triggers().get(1).boundValue()).isEqualByComparingTo("180000");
    }

    @Test
    void formulas_compute_with_every_operation() {
        DiagnosticInputs inputs = healthy().build(); // revenue 120,000, fixed costs 5,000

        assertThat(amount("{\"add\": [{\"field\": \"lastYearRevenue\"}, 1, 2]}", inputs)).isEqualTo("120003.00");
        assertThat(amount("{\"sub\": [{\"field\": \"monthlyFixedCosts\"}, 0.5]}", inputs)).isEqualTo("4999.50");
        assertThat(amount("{\"mul\": [{\"field\": \"lastYearRevenue\"}, 0.25]}", inputs)).isEqualTo("30000.00");
        assertThat(amount("{\"div\": [{\"field\": \"lastYearRevenue\"}, 7]}", inputs)).isEqualTo("17142.86");
        assertThat(amount("{\"min\": [{\"mul\": [{\"field\": \"lastYearRevenue\"}, 0.25]}, 22500]}", inputs))
                .isEqualTo("22500.00");
        assertThat(amount("{\"max\": [{\"const\": 3}, 1.5, {\"field\": \"revenueLossPct\"}]}", inputs))
                .isEqualTo("3.00");
        assertThat(amount("{\"field\": \"expectedRevenue\"}", inputs)).isEqualTo("120000.00");
    }

    @Test
    void the_amount_is_rounded_half_up_at_the_end_only() {
        // 0.02 × 0.25 = 0.005 goes up; 0.02 × 0.2499995 = 0.00499999 does not; −0.005 goes away from zero
        DiagnosticInputs inputs = healthy().lastYearRevenue(euros("0.02")).build();

        assertThat(amount("{\"mul\": [{\"field\": \"lastYearRevenue\"}, 0.25]}", inputs)).isEqualTo("0.01");
        assertThat(amount("{\"mul\": [{\"field\": \"lastYearRevenue\"}, 0.2499995]}", inputs)).isEqualTo("0.00");
        assertThat(amount("{\"sub\": [0, 0.005]}", inputs)).isEqualTo("-0.01");
    }

    @Test
    void an_unknown_term_or_a_division_by_zero_leaves_the_amount_unknown() {
        DiagnosticInputs noRevenue = healthy().lastYearRevenue(null).build();

        assertThat(amount("{\"min\": [{\"field\": \"lastYearRevenue\"}, 22500]}", noRevenue)).isNull();
        assertThat(amount("{\"div\": [1, {\"field\": \"debtsDue3m\"}]}", healthy().build())).isNull();
    }

    @Test
    void a_rule_that_does_not_apply_has_no_triggers_and_no_amount() {
        FinancingRule rule = new FinancingRule("X", "X", Instrument.PGE, condition(
                "{\"field\": \"revenueLossPct\", \"op\": \">=\", \"value\": 30}"), new Formula.Constant(BigDecimal.TEN));

        RuleOutcome outcome = RuleInterpreter.evaluate(rule, healthy().build());

        assertThat(outcome.applies()).isFalse();
        assertThat(outcome.triggers()).isEmpty();
        assertThat(outcome.amount()).isNull();
    }

    private static boolean holds(String condition, DiagnosticInputs inputs) {
        return RuleInterpreter.test(condition(condition), Facts.of(inputs)).holds();
    }

    private static Condition condition(String text) {
        ParseResult<Condition> parsed = RuleParser.parseCondition(json(text), "condition");
        assertThat(parsed.errors()).isEmpty();
        return parsed.value();
    }

    private static String amount(String formula, DiagnosticInputs inputs) {
        ParseResult<Formula> parsed = RuleParser.parseFormula(json(formula), "amount");
        assertThat(parsed.errors()).isEmpty();
        BigDecimal amount = Money.round(RuleInterpreter.compute(parsed.value(), Facts.of(inputs)));
        return amount == null ? null : amount.toPlainString();
    }
}
