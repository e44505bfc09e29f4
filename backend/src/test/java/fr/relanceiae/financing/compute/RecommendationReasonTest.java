package fr.relanceiae.financing.compute;

import static fr.relanceiae.financing.compute.Cases.burning;
import static fr.relanceiae.financing.compute.Cases.euros;
import static fr.relanceiae.financing.compute.Cases.healthy;
import static fr.relanceiae.financing.compute.RuleParserTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import fr.relanceiae.reference.StructureKind;

/** Reasons read as French sentences naming the values that triggered the rule. */
class RecommendationReasonTest {

    @Test
    void numbers_are_written_the_french_way_with_no_break_spaces() {
        Recommendation fdi = recommend("FDI_CONSOLIDATION_HIGH_RISK", burning("12000").build());

        assertThat(fdi.reason()).isEqualTo("Aide à la consolidation du fonds de développement de l'inclusion,"
                + " jusqu'à 22 500 €\u00a0: structure de type ACI (parmi ACI, AI, EI, ETTI ou EITI)\u00a0;"
                + " risque élevé (au moins élevé)");
        assertThat(FrenchText.euros(new BigDecimal("1234567.5"), 2)).isEqualTo("1\u202f234\u202f567,50\u00a0€");
        assertThat(FrenchText.euros(new BigDecimal("-5000"), 2)).isEqualTo("-5\u202f000\u00a0€");
    }

    @Test
    void the_dla_reason_gives_the_runway_and_the_break_even() {
        Recommendation dla = recommend("DLA_FRAGILE_MODEL", burning("12000").build());

        assertThat(plain(dla.reason())).isEqualTo("Orientation vers un dispositif local d'accompagnement (DLA) :"
                + " trésorerie pour 2,4 mois (moins de 6 mois) ;"
                + " chiffre d'affaires attendu de 120 000 € (moins que le chiffre d'affaires du point mort, 180 000 €)");
        assertThat(dla.instrument()).isEqualTo(Instrument.DLA);
        assertThat(dla.amount()).isNull();
    }

    @Test
    void a_value_is_shown_with_the_decimals_that_keep_the_test_true() {
        Recommendation dla = recommend("DLA_FRAGILE_MODEL", burning("29999.99").build());

        assertThat(plain(dla.reason())).contains("trésorerie pour 5,999998 mois (moins de 6 mois)");
    }

    @Test
    void each_seed_rule_explains_itself() {
        assertThat(plain(recommend("PGE_AT_RISK", healthy().revenueLossPct(euros("30")).build()).reason()))
                .isEqualTo("Prêt garanti par l'État, jusqu'à 25 % du chiffre d'affaires de l'an dernier :"
                        + " risque moyen (au moins moyen) ; PGE obtenu : 0 €");
        assertThat(plain(recommend("FDI_CONSULTING_REVENUE_LOSS", healthy().revenueLossPct(euros("32.5")).build())
                .reason())).endsWith(": structure de type ACI (parmi ACI, AI, EI, ETTI ou EITI) ;"
                        + " perte de chiffre d'affaires de 32,5 % (au moins 30 %)");
        assertThat(plain(recommend("SHORT_TIME_WORK_REVENUE_LOSS", healthy().shortTimeWork(false)
                .revenueLossPct(euros("20")).build()).reason()))
                .isEqualTo("Activité partielle pour les salariés : activité partielle pas encore utilisée ;"
                        + " perte de chiffre d'affaires de 20 % (au moins 20 %)");
        assertThat(plain(recommend("CHARGES_DEFERRAL_DEBTS_OVER_CASH", healthy().debtsDue3m(euros("50000.01"))
                .build()).reason())).isEqualTo("Report des charges sociales et fiscales : dettes à moins de 3 mois"
                        + " de 50 000,01 € (plus que la trésorerie disponible, 50 000 €)");
        assertThat(plain(recommend("SOLIDARITY_FUND_SMALL_STRUCTURE", healthy().permanentHeadcount(40)
                .insertionFte(euros("9.5")).revenueLossPct(euros("50")).build()).reason()))
                .isEqualTo("Fonds de solidarité des petites entreprises : effectif total de 49,5 (moins de 50) ;"
                        + " perte de chiffre d'affaires de 50 % (au moins 50 %)");
        assertThat(plain(recommend("FRANCE_ACTIVE_AT_RISK", healthy().debtsDue3m(euros("60000")).build()).reason()))
                .isEqualTo("Garantie ou prêt France Active : risque critique (au moins moyen)");
    }

    @Test
    void other_operators_read_as_french_too() {
        DiagnosticInputs inputs = burning("10000").kind(StructureKind.EI).build();

        assertThat(plain(reason("{\"field\": \"kind\", \"op\": \"!=\", \"value\": \"EA\"}", inputs)))
                .isEqualTo("Règle : structure de type EI (autre que EA)");
        assertThat(plain(reason("{\"field\": \"riskLevel\", \"op\": \"<\", \"value\": \"CRITICAL\"}", inputs)))
                .isEqualTo("Règle : risque élevé (en dessous du niveau critique)");
        assertThat(plain(reason("{\"field\": \"monthlyResult\", \"op\": \"<=\", \"value\": -0.5}", inputs)))
                .isEqualTo("Règle : résultat mensuel de -5 000 € (au plus -0,50 €)");
        assertThat(plain(reason("{\"field\": \"insertionFte\", \"op\": \">\", \"value\": 2}", inputs)))
                .isEqualTo("Règle : 10 ETP en insertion (plus de 2)");
    }

    private static Recommendation recommend(String code, DiagnosticInputs inputs) {
        RuleOutcome outcome = SeedRulesTest.outcome(code, inputs);
        assertThat(outcome.applies()).as(code + " applies").isTrue();
        return outcome.toRecommendation();
    }

    private static String reason(String condition, DiagnosticInputs inputs) {
        FinancingRule rule = new FinancingRule("R", "Règle", Instrument.DLA,
                RuleParser.parseCondition(json(condition), "condition").value(), null);
        RuleOutcome outcome = RuleInterpreter.evaluate(rule, inputs);
        assertThat(outcome.applies()).isTrue();
        return outcome.toRecommendation().reason();
    }

    /** The reason with ordinary spaces, to read the sentences in the tests. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
