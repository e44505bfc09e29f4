package fr.relanceiae.financing.compute;

import static fr.relanceiae.financing.compute.Cases.healthy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.relanceiae.shared.error.FieldError;

class DiagnosticFiguresTest {

    /**
     * Most cases sell 10,000 € a month (120,000 € last year, no loss, no variable costs),
     * so the monthly result is 10,000 − fixed costs and the runway is easy to set.
     * Empty cells are null: the runway when there is no cash burn.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | revenue   | loss  | var   | fixed    | cash     | recv  | debts    | expected  | monthly   | net      | runway | break-even   | risk
            no cash burn, no loss           | 120000    | 0     | 0     | 5000     | 50000    | 0     | 0        | 120000.00 | 5000.00   | 50000.00 |        | 60000.00     | LOW
            monthly result exactly 0        | 120000    | 0     | 0     | 10000    | 50000    | 0     | 0        | 120000.00 | 0.00      | 50000.00 |        | 120000.00    | LOW
            monthly result just negative    | 120000    | 0     | 0     | 10000.01 | 50000    | 0     | 0        | 120000.00 | -0.01     | 50000.00 | 5000000.00 | 120000.12 | LOW
            runway just under 1             | 120000    | 0     | 0     | 20000    | 9999.99  | 0     | 0        | 120000.00 | -10000.00 | 9999.99  | 1.00   | 240000.00    | CRITICAL
            runway exactly 1                | 120000    | 0     | 0     | 20000    | 10000    | 0     | 0        | 120000.00 | -10000.00 | 10000.00 | 1.00   | 240000.00    | HIGH
            runway just under 3             | 120000    | 0     | 0     | 20000    | 29999.99 | 0     | 0        | 120000.00 | -10000.00 | 29999.99 | 3.00   | 240000.00    | HIGH
            runway exactly 3                | 120000    | 0     | 0     | 20000    | 30000    | 0     | 0        | 120000.00 | -10000.00 | 30000.00 | 3.00   | 240000.00    | MEDIUM
            runway just under 6             | 120000    | 0     | 0     | 20000    | 59999.99 | 0     | 0        | 120000.00 | -10000.00 | 59999.99 | 6.00   | 240000.00    | MEDIUM
            runway exactly 6                | 120000    | 0     | 0     | 20000    | 60000    | 0     | 0        | 120000.00 | -10000.00 | 60000.00 | 6.00   | 240000.00    | LOW
            runway from receivables - debts | 120000    | 0     | 0     | 20000    | 10000    | 35000 | 5000     | 120000.00 | -10000.00 | 40000.00 | 4.00   | 240000.00    | MEDIUM
            net cash exactly 0, no burn     | 120000    | 0     | 0     | 5000     | 10000    | 0     | 10000    | 120000.00 | 5000.00   | 0.00     |        | 60000.00     | LOW
            net cash exactly 0, burn        | 120000    | 0     | 0     | 20000    | 10000    | 0     | 10000    | 120000.00 | -10000.00 | 0.00     | 0.00   | 240000.00    | CRITICAL
            net cash negative, no burn      | 120000    | 0     | 0     | 5000     | 10000    | 0     | 10000.01 | 120000.00 | 5000.00   | -0.01    |        | 60000.00     | CRITICAL
            net cash negative, burn         | 120000    | 0     | 0     | 20000    | 0        | 0     | 5000     | 120000.00 | -10000.00 | -5000.00 | 0.00   | 240000.00    | CRITICAL
            loss exactly 30                 | 120000    | 30    | 0     | 5000     | 50000    | 0     | 0        | 84000.00  | 2000.00   | 50000.00 |        | 60000.00     | MEDIUM
            loss just under 30              | 120000    | 29.99 | 0     | 5000     | 50000    | 0     | 0        | 84012.00  | 2001.00   | 50000.00 |        | 60000.00     | LOW
            loss 30 does not lower HIGH     | 120000    | 30    | 0     | 12000    | 10000    | 0     | 0        | 84000.00  | -5000.00  | 10000.00 | 2.00   | 144000.00    | HIGH
            variable costs, loss 50         | 240000    | 50    | 40    | 1000     | 0        | 0     | 0        | 120000.00 | 5000.00   | 0.00     |        | 20000.00     | MEDIUM
            repeating quotients             | 120000    | 0     | 33.33 | 10000    | 10000    | 0     | 0        | 120000.00 | -3333.00  | 10000.00 | 3.00   | 179991.00    | MEDIUM
            runway of two thirds            | 120000    | 0     | 0     | 25000    | 10000    | 0     | 0        | 120000.00 | -15000.00 | 10000.00 | 0.67   | 300000.00    | CRITICAL
            variable cost rate 99.99        | 120000    | 0     | 99.99 | 1000     | 50000    | 0     | 0        | 120000.00 | -999.00   | 50000.00 | 50.05  | 120000000.00 | LOW
            variable cost rate 100          | 120000    | 0     | 100   | 1000     | 50000    | 0     | 0        | 120000.00 |           | 50000.00 |        |              |
            """)
    void figures_follow_the_formulas_and_the_thresholds(String name, BigDecimal revenue, BigDecimal loss,
            BigDecimal variableRate, BigDecimal fixedCosts, BigDecimal cash, BigDecimal receivables, BigDecimal debts,
            BigDecimal expected, BigDecimal monthly, BigDecimal net, BigDecimal runway, BigDecimal breakEven,
            RiskLevel risk) {
        DiagnosticInputs inputs = DiagnosticInputs.builder().lastYearRevenue(revenue).revenueLossPct(loss)
                .variableCostRatePct(variableRate).monthlyFixedCosts(fixedCosts).cashOnHand(cash)
                .receivablesDue3m(receivables).debtsDue3m(debts).build();

        assertThat(DiagnosticFigures.of(inputs))
                .isEqualTo(new DiagnosticFigures(expected, monthly, net, runway, breakEven, risk));
    }

    /**
     * 118,799.92 € a year against 10,000 € of fixed costs a month: −100.00666… € a month.
     * Dividing the cash by that monthly result, itself rounded to 34 digits, would give
     * 2.999…9 and 5.999…8 months, HIGH and MEDIUM; the exact runways are 3 and 6.
     */
    @ParameterizedTest(name = "cash {0}: runway exactly {1}, risk {2}")
    @CsvSource({ "300.02, 3, MEDIUM", "600.04, 6, LOW" })
    void a_runway_exactly_on_a_threshold_over_a_repeating_monthly_result_is_not_below_it(BigDecimal cash,
            BigDecimal runway, RiskLevel risk) {
        DiagnosticInputs inputs = healthy().lastYearRevenue(new BigDecimal("118799.92"))
                .monthlyFixedCosts(new BigDecimal("10000")).cashOnHand(cash).build();

        assertThat(ExactFigures.of(inputs).runwayMonths()).isEqualByComparingTo(runway);
        assertThat(DiagnosticFigures.of(inputs).monthlyResult()).isEqualTo(new BigDecimal("-100.01"));
        assertThat(DiagnosticFigures.of(inputs).riskLevel()).isEqualTo(risk);
    }

    @Test
    void money_is_rounded_half_up_to_two_decimals() {
        // 100,000.01 × 50 % = 50,000.005: half-up gives .01 where half-even would give .00
        DiagnosticInputs half = healthy().lastYearRevenue(new BigDecimal("100000.01"))
                .revenueLossPct(new BigDecimal("50")).build();
        assertThat(DiagnosticFigures.of(half).expectedRevenue()).isEqualTo(new BigDecimal("50000.01"));

        // 0.06 / 12 − 0.01 = −0.005: rounded away from zero
        DiagnosticInputs negativeHalf = healthy().lastYearRevenue(new BigDecimal("0.06"))
                .monthlyFixedCosts(new BigDecimal("0.01")).build();
        assertThat(DiagnosticFigures.of(negativeHalf).monthlyResult()).isEqualTo(new BigDecimal("-0.01"));
    }

    @Test
    void thresholds_compare_the_unrounded_runway() {
        // 9,999.999… would show as 1.00 month; 0.9999999 month is still under one
        DiagnosticInputs inputs = healthy().monthlyFixedCosts(new BigDecimal("20000"))
                .cashOnHand(new BigDecimal("9999.999")).build();

        DiagnosticFigures figures = DiagnosticFigures.of(inputs);
        assertThat(figures.runwayMonths()).isEqualTo(new BigDecimal("1.00"));
        assertThat(figures.riskLevel()).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void an_empty_draft_has_no_figures() {
        assertThat(DiagnosticFigures.of(DiagnosticInputs.builder().build()))
                .isEqualTo(new DiagnosticFigures(null, null, null, null, null, null));
    }

    @Test
    void figures_are_computed_from_what_the_draft_already_has() {
        DiagnosticInputs revenueOnly = DiagnosticInputs.builder().lastYearRevenue(new BigDecimal("100000"))
                .revenueLossPct(new BigDecimal("40")).build();
        assertThat(DiagnosticFigures.of(revenueOnly))
                .isEqualTo(new DiagnosticFigures(new BigDecimal("60000.00"), null, null, null, null, null));

        DiagnosticInputs costsOnly = DiagnosticInputs.builder().variableCostRatePct(new BigDecimal("50"))
                .monthlyFixedCosts(new BigDecimal("1000")).build();
        assertThat(DiagnosticFigures.of(costsOnly).breakEvenRevenue()).isEqualTo(new BigDecimal("24000.00"));
    }

    @Test
    void the_risk_is_unknown_until_nothing_missing_could_make_it_critical() {
        DiagnosticInputs cashOnly = DiagnosticInputs.builder().cashOnHand(new BigDecimal("50000"))
                .receivablesDue3m(BigDecimal.ZERO).debtsDue3m(BigDecimal.ZERO).build();
        assertThat(DiagnosticFigures.of(cashOnly).riskLevel()).isNull();

        DiagnosticInputs resultOnly = healthy().cashOnHand(null).build();
        assertThat(DiagnosticFigures.of(resultOnly).riskLevel()).isNull();
        assertThat(DiagnosticFigures.of(resultOnly).runwayMonths()).isNull();

        DiagnosticInputs negativeCashOnly = DiagnosticInputs.builder().cashOnHand(BigDecimal.ZERO)
                .receivablesDue3m(BigDecimal.ZERO).debtsDue3m(new BigDecimal("1")).build();
        assertThat(DiagnosticFigures.of(negativeCashOnly).riskLevel()).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void a_null_runway_says_whether_there_is_no_cash_burn_or_no_figure_yet() {
        assertThat(DiagnosticFigures.of(healthy().build()).noCashBurn()).isTrue();
        assertThat(DiagnosticFigures.of(DiagnosticInputs.builder().build()).noCashBurn()).isFalse();
        assertThat(DiagnosticFigures.of(healthy().monthlyFixedCosts(new BigDecimal("20000")).build()).noCashBurn())
                .isFalse();
    }

    @Test
    void a_variable_cost_rate_under_100_is_accepted() {
        assertThat(healthy().variableCostRatePct(new BigDecimal("99.99")).build().validate()).isEmpty();
    }

    @Test
    void a_variable_cost_rate_of_100_or_more_is_an_error_on_that_field() {
        for (String rate : new String[] { "100", "100.00", "150" }) {
            assertThat(healthy().variableCostRatePct(new BigDecimal(rate)).build().validate())
                    .containsExactly(new FieldError("variableCostRatePct",
                            "Le taux de charges variables doit être inférieur à 100 %."));
        }
    }

    @Test
    void every_invalid_value_is_named_with_its_field() {
        DiagnosticInputs inputs = DiagnosticInputs.builder().lastYearRevenue(new BigDecimal("-1"))
                .revenueLossPct(new BigDecimal("100.01")).variableCostRatePct(new BigDecimal("-5"))
                .cashOnHand(new BigDecimal("10.001")).pgeAmount(new BigDecimal("-0.01")).permanentHeadcount(-1)
                .insertionFte(new BigDecimal("-2")).build();

        assertThat(inputs.validate()).containsExactly(
                new FieldError("lastYearRevenue", "Le montant ne peut pas être négatif."),
                new FieldError("revenueLossPct", "Le pourcentage doit être compris entre 0 et 100."),
                new FieldError("variableCostRatePct", "Le pourcentage doit être compris entre 0 et 100."),
                new FieldError("cashOnHand", "Deux décimales au plus."),
                new FieldError("pgeAmount", "Le montant ne peut pas être négatif."),
                new FieldError("permanentHeadcount", "L'effectif ne peut pas être négatif."),
                new FieldError("insertionFte", "L'effectif ne peut pas être négatif."));
    }

    @Test
    void limits_are_valid_values() {
        DiagnosticInputs inputs = healthy().revenueLossPct(new BigDecimal("100")).cashOnHand(BigDecimal.ZERO)
                .variableCostRatePct(BigDecimal.ZERO).monthlyFixedCosts(new BigDecimal("10.50")).build();
        assertThat(inputs.validate()).isEmpty();
    }

    @Test
    void a_draft_lists_what_it_needs_before_submission_but_not_the_aids() {
        DiagnosticInputs draft = DiagnosticInputs.builder().lastYearRevenue(new BigDecimal("100000"))
                .revenueLossPct(BigDecimal.TEN).variableCostRatePct(BigDecimal.TEN)
                .monthlyFixedCosts(BigDecimal.TEN).cashOnHand(BigDecimal.TEN).receivablesDue3m(BigDecimal.TEN)
                .permanentHeadcount(3).build();

        assertThat(draft.missingForSubmission()).extracting(FieldError::field)
                .containsExactly("debtsDue3m", "insertionFte");
        assertThat(healthy().build().missingForSubmission()).isEmpty();
    }
}
