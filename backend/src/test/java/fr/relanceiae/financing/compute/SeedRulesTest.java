package fr.relanceiae.financing.compute;

import static fr.relanceiae.financing.compute.Cases.burning;
import static fr.relanceiae.financing.compute.Cases.euros;
import static fr.relanceiae.financing.compute.Cases.healthy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.relanceiae.reference.StructureKind;

/** The eight rules of the issue, as seeded, on cases at and around each of their thresholds. */
class SeedRulesTest {

    private static final FinancingRules SEED = FinancingRules.defaults();

    @Test
    void the_seed_file_holds_the_eight_rules_of_the_issue_and_is_valid() {
        ParseResult<List<FinancingRule>> parsed = RuleParser.parseRules(FinancingRules.defaultsJson());

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.value()).extracting(FinancingRule::instrument).containsExactly(Instrument.PGE,
                Instrument.FDI_CONSOLIDATION, Instrument.FDI_CONSULTING, Instrument.DLA, Instrument.SHORT_TIME_WORK,
                Instrument.CHARGES_DEFERRAL, Instrument.SOLIDARITY_FUND, Instrument.FRANCE_ACTIVE);
    }

    @Test
    void a_healthy_structure_gets_no_recommendation() {
        assertThat(SEED.diagnose(healthy().build()).recommendations()).isEmpty();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // PGE: risk ≥ MEDIUM and no PGE yet
                arguments("PGE_AT_RISK", "risk LOW", healthy(), false),
                arguments("PGE_AT_RISK", "loss exactly 30: risk MEDIUM", healthy().revenueLossPct(euros("30")), true),
                arguments("PGE_AT_RISK", "loss 29.99: risk LOW", healthy().revenueLossPct(euros("29.99")), false),
                arguments("PGE_AT_RISK", "runway exactly 6: risk LOW", burning("30000"), false),
                arguments("PGE_AT_RISK", "runway just under 6: risk MEDIUM", burning("29999.99"), true),
                arguments("PGE_AT_RISK", "risk CRITICAL", healthy().debtsDue3m(euros("50000.01")), true),
                arguments("PGE_AT_RISK", "a PGE already", healthy().revenueLossPct(euros("30"))
                        .pgeAmount(euros("0.01")), false),
                arguments("PGE_AT_RISK", "PGE left empty: none", healthy().revenueLossPct(euros("30"))
                        .pgeAmount(null), true),
                arguments("PGE_AT_RISK", "risk unknown", healthy().revenueLossPct(euros("30")).cashOnHand(null),
                        false),
                // FDI consolidation: an SIAE kind and risk ≥ HIGH
                arguments("FDI_CONSOLIDATION_HIGH_RISK", "ACI, runway 2: HIGH", burning("10000"), true),
                arguments("FDI_CONSOLIDATION_HIGH_RISK", "AI", burning("10000").kind(StructureKind.AI), true),
                arguments("FDI_CONSOLIDATION_HIGH_RISK", "EI", burning("10000").kind(StructureKind.EI), true),
                arguments("FDI_CONSOLIDATION_HIGH_RISK", "ETTI", burning("10000").kind(StructureKind.ETTI), true),
                arguments("FDI_CONSOLIDATION_HIGH_RISK", "EITI", burning("10000").kind(StructureKind.EITI), true),
                arguments("FDI_CONSOLIDATION_HIGH_RISK", "EA", burning("10000").kind(StructureKind.EA), false),
                arguments("FDI_CONSOLIDATION_HIGH_RISK", "GEIQ", burning("10000").kind(StructureKind.GEIQ), false),
                arguments("FDI_CONSOLIDATION_HIGH_RISK", "kind unknown", burning("10000").kind(null), false),
                arguments("FDI_CONSOLIDATION_HIGH_RISK", "runway exactly 3: MEDIUM", burning("15000"), false),
                arguments("FDI_CONSOLIDATION_HIGH_RISK", "runway just under 3: HIGH", burning("14999.99"), true),
                arguments("FDI_CONSOLIDATION_HIGH_RISK", "runway just under 1: CRITICAL", burning("4999.99"), true),
                // FDI consulting: an SIAE kind and loss ≥ 30 %
                arguments("FDI_CONSULTING_REVENUE_LOSS", "ACI, loss exactly 30", healthy().revenueLossPct(euros("30")),
                        true),
                arguments("FDI_CONSULTING_REVENUE_LOSS", "ACI, loss 29.99", healthy().revenueLossPct(euros("29.99")),
                        false),
                arguments("FDI_CONSULTING_REVENUE_LOSS", "EITI, loss 30", healthy().revenueLossPct(euros("30"))
                        .kind(StructureKind.EITI), true),
                arguments("FDI_CONSULTING_REVENUE_LOSS", "ESAT, loss 30", healthy().revenueLossPct(euros("30"))
                        .kind(StructureKind.ESAT), false),
                arguments("FDI_CONSULTING_REVENUE_LOSS", "kind unknown, loss 30", healthy()
                        .revenueLossPct(euros("30")).kind(null), false),
                // DLA: loss ≥ 30 %, or runway < 6, or expected revenue < break-even revenue
                arguments("DLA_FRAGILE_MODEL", "healthy", healthy(), false),
                arguments("DLA_FRAGILE_MODEL", "loss exactly 30", healthy().revenueLossPct(euros("30")), true),
                arguments("DLA_FRAGILE_MODEL", "loss 29.99", healthy().revenueLossPct(euros("29.99")), false),
                arguments("DLA_FRAGILE_MODEL", "runway just under 6", burning("29999.99"), true),
                arguments("DLA_FRAGILE_MODEL", "expected revenue exactly at break-even",
                        healthy().monthlyFixedCosts(euros("10000")), false),
                arguments("DLA_FRAGILE_MODEL", "expected revenue a cent a month under break-even",
                        healthy().monthlyFixedCosts(euros("10000.01")), true),
                // short-time work: not used yet and loss ≥ 20 %
                arguments("SHORT_TIME_WORK_REVENUE_LOSS", "not used, loss exactly 20", healthy().shortTimeWork(false)
                        .revenueLossPct(euros("20")), true),
                arguments("SHORT_TIME_WORK_REVENUE_LOSS", "not used, loss 19.99", healthy().shortTimeWork(false)
                        .revenueLossPct(euros("19.99")), false),
                arguments("SHORT_TIME_WORK_REVENUE_LOSS", "already used, loss 20", healthy().shortTimeWork(true)
                        .revenueLossPct(euros("20")), false),
                arguments("SHORT_TIME_WORK_REVENUE_LOSS", "not answered: not used", healthy().shortTimeWork(null)
                        .revenueLossPct(euros("20")), true),
                arguments("SHORT_TIME_WORK_REVENUE_LOSS", "loss unknown", healthy().shortTimeWork(false)
                        .revenueLossPct(null), false),
                // charges deferral: debts due > cash on hand
                arguments("CHARGES_DEFERRAL_DEBTS_OVER_CASH", "debts a cent over cash",
                        healthy().debtsDue3m(euros("50000.01")), true),
                arguments("CHARGES_DEFERRAL_DEBTS_OVER_CASH", "debts equal to cash",
                        healthy().debtsDue3m(euros("50000")), false),
                arguments("CHARGES_DEFERRAL_DEBTS_OVER_CASH", "cash unknown",
                        healthy().debtsDue3m(euros("50000.01")).cashOnHand(null), false),
                arguments("CHARGES_DEFERRAL_DEBTS_OVER_CASH", "debts unknown", healthy().debtsDue3m(null), false),
                // solidarity fund: permanent headcount + insertion FTE < 50 and loss ≥ 50 %
                arguments("SOLIDARITY_FUND_SMALL_STRUCTURE", "49.99 people, loss exactly 50", small("9.99", "50"),
                        true),
                arguments("SOLIDARITY_FUND_SMALL_STRUCTURE", "exactly 50 people, loss 50", small("10", "50"), false),
                arguments("SOLIDARITY_FUND_SMALL_STRUCTURE", "49.99 people, loss 49.99", small("9.99", "49.99"),
                        false),
                arguments("SOLIDARITY_FUND_SMALL_STRUCTURE", "insertion FTE unknown", small("9.99", "50")
                        .insertionFte(null), false),
                // France Active: risk ≥ MEDIUM
                arguments("FRANCE_ACTIVE_AT_RISK", "risk LOW", healthy(), false),
                arguments("FRANCE_ACTIVE_AT_RISK", "loss exactly 30: MEDIUM", healthy().revenueLossPct(euros("30")),
                        true),
                arguments("FRANCE_ACTIVE_AT_RISK", "runway exactly 6: LOW", burning("30000"), false),
                arguments("FRANCE_ACTIVE_AT_RISK", "runway just under 6: MEDIUM", burning("29999.99"), true),
                arguments("FRANCE_ACTIVE_AT_RISK", "runway exactly 1: HIGH", burning("5000"), true),
                arguments("FRANCE_ACTIVE_AT_RISK", "net cash negative: CRITICAL", healthy()
                        .debtsDue3m(euros("50000.01")), true),
                arguments("FRANCE_ACTIVE_AT_RISK", "risk unknown", healthy().cashOnHand(null), false));
    }

    @ParameterizedTest(name = "{0}: {1} → {3}")
    @MethodSource("cases")
    void each_seed_rule_applies_exactly_from_its_thresholds(String code, String situation,
            DiagnosticInputs.Builder inputs, boolean applies) {
        assertThat(outcome(code, inputs.build()).applies()).isEqualTo(applies);
    }

    @Test
    void the_pge_amount_is_a_quarter_of_last_years_revenue_rounded_half_up() {
        DiagnosticInputs inputs = healthy().revenueLossPct(euros("30")).lastYearRevenue(euros("100000.02")).build();

        assertThat(outcome("PGE_AT_RISK", inputs).amount()).isEqualTo(euros("25000.01"));
    }

    @Test
    void the_pge_amount_is_unknown_when_last_years_revenue_is() {
        DiagnosticInputs inputs = DiagnosticInputs.builder().cashOnHand(BigDecimal.ZERO)
                .receivablesDue3m(BigDecimal.ZERO).debtsDue3m(euros("1")).build();

        RuleOutcome outcome = outcome("PGE_AT_RISK", inputs);
        assertThat(outcome.applies()).isTrue();
        assertThat(outcome.amount()).isNull();
    }

    @Test
    void fdi_amounts_are_the_ceilings_of_the_issue() {
        assertThat(outcome("FDI_CONSOLIDATION_HIGH_RISK", burning("10000").build()).amount())
                .isEqualTo(euros("22500.00"));
        assertThat(outcome("FDI_CONSULTING_REVENUE_LOSS", healthy().revenueLossPct(euros("30")).build()).amount())
                .isEqualTo(euros("10500.00"));
    }

    @Test
    void a_structure_in_danger_gets_every_instrument_that_fits_in_rule_order() {
        // an ACI of 20 people, 60 % down, losing money, with debts over its cash and no aid yet
        DiagnosticInputs inputs = healthy().revenueLossPct(euros("60")).monthlyFixedCosts(euros("6000"))
                .cashOnHand(euros("5000")).receivablesDue3m(euros("2000")).debtsDue3m(euros("6000"))
                .shortTimeWork(false).permanentHeadcount(12).insertionFte(euros("8")).build();

        Diagnosis diagnosis = SEED.diagnose(inputs);

        assertThat(diagnosis.figures().riskLevel()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(diagnosis.recommendations()).extracting(Recommendation::instrument).containsExactly(
                Instrument.PGE, Instrument.FDI_CONSOLIDATION, Instrument.FDI_CONSULTING, Instrument.DLA,
                Instrument.SHORT_TIME_WORK, Instrument.CHARGES_DEFERRAL, Instrument.SOLIDARITY_FUND,
                Instrument.FRANCE_ACTIVE);
        assertThat(diagnosis.recommendations()).extracting(Recommendation::amount).containsExactly(
                euros("30000.00"), euros("22500.00"), euros("10500.00"), null, null, null, null, null);
    }

    private static DiagnosticInputs.Builder small(String insertionFte, String lossPct) {
        return healthy().permanentHeadcount(40).insertionFte(euros(insertionFte)).revenueLossPct(euros(lossPct));
    }

    static RuleOutcome outcome(String code, DiagnosticInputs inputs) {
        FinancingRule rule = SEED.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        return RuleInterpreter.evaluate(rule, inputs);
    }
}
