package fr.relanceiae.financing.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.error.FieldError;

class RuleParserTest {

    /** Jackson's defaults, as a JAX-RS body would be read: decimals as doubles. */
    private static final ObjectMapper PLAIN_JSON = new ObjectMapper();

    @Test
    void a_valid_condition_becomes_its_tree() {
        ParseResult<Condition> parsed = condition("""
                {"all": [
                  {"field": "runwayMonths", "op": "<", "value": 6},
                  {"field": "kind", "in": ["ACI", "EI"]},
                  {"any": [{"field": "debtsDue3m", "op": ">", "value": {"field": "cashOnHand"}},
                           {"field": "shortTimeWork", "op": "=", "value": false},
                           {"field": "riskLevel", "op": ">=", "value": "HIGH"}]}
                ]}""");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.value()).isEqualTo(new Condition.All(List.of(
                new Condition.Comparison(RuleField.RUNWAY_MONTHS, ComparisonOp.LT,
                        new Condition.Constant(BigDecimal.valueOf(6))),
                new Condition.Membership(RuleField.KIND, List.of(StructureKind.ACI, StructureKind.EI)),
                new Condition.Any(List.of(
                        new Condition.Comparison(RuleField.DEBTS_DUE_3M, ComparisonOp.GT,
                                new Condition.FieldRef(RuleField.CASH_ON_HAND)),
                        new Condition.Comparison(RuleField.SHORT_TIME_WORK, ComparisonOp.EQ,
                                new Condition.Constant(false)),
                        new Condition.Comparison(RuleField.RISK_LEVEL, ComparisonOp.GE,
                                new Condition.Constant(RiskLevel.HIGH)))))));
    }

    @Test
    void an_unknown_field_is_named_at_its_path() {
        assertThat(condition("""
                {"all": [{"field": "runwayMonths", "op": "<", "value": 6},
                         {"any": [{"field": "runway", "op": "<", "value": 6}]}]}""").errors())
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("condition.all[1].any[0].field");
                    assertThat(error.message()).startsWith("Donnée inconnue « runway » : attendu lastYearRevenue, ")
                            .contains("runwayMonths");
                });
    }

    @Test
    void an_unknown_operator_lists_the_known_ones() {
        assertThat(condition("{\"field\": \"runwayMonths\", \"op\": \"=>\", \"value\": 6}").errors())
                .containsExactly(new FieldError("condition.op",
                        "Opérateur inconnu « => » : attendu <, <=, >, >=, = ou !=."));
    }

    @Test
    void a_value_of_the_wrong_type_is_an_error_on_the_value() {
        assertThat(errors("{\"field\": \"runwayMonths\", \"op\": \"<\", \"value\": \"six\"}"))
                .containsExactly(new FieldError("condition.value", "Nombre attendu."));
        assertThat(errors("{\"field\": \"shortTimeWork\", \"op\": \"=\", \"value\": 0}"))
                .containsExactly(new FieldError("condition.value", "true ou false attendu."));
        assertThat(errors("{\"field\": \"riskLevel\", \"op\": \">=\", \"value\": \"HAUT\"}"))
                .containsExactly(new FieldError("condition.value",
                        "Niveau de risque inconnu « HAUT » : attendu LOW, MEDIUM, HIGH, CRITICAL."));
    }

    @Test
    void kinds_and_booleans_are_not_ordered() {
        assertThat(errors("{\"field\": \"kind\", \"op\": \"<\", \"value\": \"ACI\"}"))
                .containsExactly(new FieldError("condition.op",
                        "« < » ne s'applique pas à « kind » (type de structure) : utilisez = ou !=."));
        assertThat(errors("{\"field\": \"shortTimeWork\", \"op\": \">=\", \"value\": true}"))
                .extracting(FieldError::field).containsExactly("condition.op");
    }

    @Test
    void two_fields_compare_only_when_of_the_same_type() {
        assertThat(errors("{\"field\": \"cashOnHand\", \"op\": \"<\", \"value\": {\"field\": \"riskLevel\"}}"))
                .containsExactly(new FieldError("condition.value.field",
                        "« cashOnHand » (nombre) ne se compare pas à « riskLevel » (niveau de risque)."));
    }

    @Test
    void a_list_test_is_for_kinds_and_risk_levels_with_known_values() {
        assertThat(errors("{\"field\": \"kind\", \"in\": [\"ACI\", \"SCOP\"]}")).singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("condition.in[1]");
                    assertThat(error.message()).startsWith("Type de structure inconnu « SCOP » : attendu ACI, AI");
                });
        assertThat(errors("{\"field\": \"revenueLossPct\", \"in\": [30]}"))
                .containsExactly(new FieldError("condition.in",
                        "« in » s'applique au type de structure ou au niveau de risque, pas à « revenueLossPct »."));
        assertThat(errors("{\"field\": \"kind\", \"in\": []}"))
                .containsExactly(new FieldError("condition.in", "Liste de valeurs attendue (au moins une)."));
    }

    @Test
    void a_typo_in_a_key_is_not_ignored() {
        assertThat(errors("{\"field\": \"runwayMonths\", \"op\": \"<\", \"vaule\": 6}")).containsExactly(
                new FieldError("condition.vaule", "Clé inattendue « vaule » : attendu field, op, value."),
                new FieldError("condition.value", "Champ obligatoire."));
    }

    @Test
    void a_condition_needs_one_of_its_three_forms() {
        assertThat(errors("{\"every\": []}")).containsExactly(new FieldError("condition",
                "Condition attendue : un objet avec « all », « any » ou « field »."));
        assertThat(errors("[]")).extracting(FieldError::field).containsExactly("condition");
        assertThat(errors("{\"any\": []}"))
                .containsExactly(new FieldError("condition.any", "Liste de conditions attendue (au moins une)."));
        assertThat(errors("{\"all\": [{\"field\": \"kind\", \"in\": [\"EI\"]}], \"any\": []}"))
                .containsExactly(new FieldError("condition.any", "Clé inattendue « any » : attendu all."));
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThat(errors("""
                {"all": [{"field": "runway", "op": "<", "value": 6},
                         {"field": "runwayMonths", "op": "~", "value": 6},
                         {"field": "runwayMonths", "op": "<", "value": true}]}""")).extracting(FieldError::field)
                .containsExactly("condition.all[0].field", "condition.all[1].op", "condition.all[2].value");
    }

    @Test
    void nesting_is_limited() {
        String deep = "{\"all\": [".repeat(RuleParser.MAX_DEPTH) + "{\"field\": \"kind\", \"in\": [\"EI\"]}"
                + "]}".repeat(RuleParser.MAX_DEPTH);

        assertThat(errors(deep)).singleElement().satisfies(
                error -> assertThat(error.message()).isEqualTo("Condition trop imbriquée (20 niveaux au plus)."));
    }

    @Test
    void a_valid_formula_becomes_its_tree() {
        ParseResult<Formula> parsed = formula(
                "{\"min\": [{\"mul\": [{\"field\": \"lastYearRevenue\"}, 0.25]}, {\"const\": 22500}]}");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.value()).isEqualTo(new Formula.Operation(Formula.Operator.MIN, List.of(
                new Formula.Operation(Formula.Operator.MUL, List.of(
                        new Formula.FieldValue(RuleField.LAST_YEAR_REVENUE),
                        new Formula.Constant(new BigDecimal("0.25")))),
                new Formula.Constant(new BigDecimal("22500")))));
    }

    @Test
    void formula_errors_are_named_at_their_paths() {
        assertThat(formula("{\"min\": [{\"mul\": [{\"field\": \"kind\"}, 0.25]}, \"x\"]}").errors())
                .containsExactly(new FieldError("amount.min[0].mul[0].field", "« kind » n'est pas un nombre."),
                        new FieldError("amount.min[1]", "Formule attendue : un nombre, ou un objet avec une seule clé"
                                + " parmi const, field, add, sub, mul, div, min, max."));
        assertThat(formula("{\"sub\": [1]}").errors())
                .containsExactly(new FieldError("amount.sub", "Liste de deux termes attendue."));
        assertThat(formula("{\"add\": []}").errors())
                .containsExactly(new FieldError("amount.add", "Liste de termes attendue (au moins un)."));
        assertThat(formula("{\"pow\": [2, 3]}").errors())
                .containsExactly(new FieldError("amount.pow", "Opération inconnue « pow » : attendu const, field,"
                        + " add, sub, mul, div, min, max."));
        assertThat(formula("{\"const\": \"22500\"}").errors())
                .containsExactly(new FieldError("amount.const", "Nombre attendu."));
        assertThat(formula("{\"add\": [1, 2], \"mul\": [3]}").errors()).extracting(FieldError::field)
                .containsExactly("amount");
    }

    @Test
    void numbers_are_read_as_written_even_from_a_tree_of_doubles() throws JsonProcessingException {
        JsonNode doubles = PLAIN_JSON.readTree("{\"mul\": [0.1, 0.7]}");

        assertThat(RuleParser.parseFormula(doubles, "amount").value()).isEqualTo(new Formula.Operation(
                Formula.Operator.MUL, List.of(new Formula.Constant(new BigDecimal("0.1")),
                        new Formula.Constant(new BigDecimal("0.7")))));
    }

    @Test
    void a_rule_names_each_missing_or_wrong_part() {
        ParseResult<FinancingRule> parsed = RuleParser.parseRule(json("""
                {"code": "pge", "label": "", "instrument": "LOAN", "amount": {"mul": []}, "comment": "x"}"""));

        assertThat(parsed.value()).isNull();
        assertThat(parsed.errors()).extracting(FieldError::field)
                .containsExactly("comment", "code", "label", "instrument", "condition", "amount.mul");
        assertThat(parsed.errors()).contains(new FieldError("condition", "Champ obligatoire."));
        assertThat(parsed.errors().get(3).message()).startsWith("Instrument inconnu « LOAN » : attendu PGE, ");
    }

    @Test
    void a_rule_without_an_amount_is_valid() {
        ParseResult<FinancingRule> parsed = RuleParser.parseRule(json("""
                {"code": "DLA_LOSS", "label": "Orientation DLA", "instrument": "DLA",
                 "condition": {"field": "revenueLossPct", "op": ">=", "value": 30}, "amount": null}"""));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.value().amount()).isNull();
        assertThat(parsed.value().instrument()).isEqualTo(Instrument.DLA);
    }

    @Test
    void two_rules_of_a_set_cannot_share_a_code() {
        String rule = "{\"code\": \"A\", \"label\": \"A\", \"instrument\": \"DLA\","
                + " \"condition\": {\"field\": \"revenueLossPct\", \"op\": \">=\", \"value\": 30}}";

        assertThat(RuleParser.parseRules("[" + rule + ", " + rule + "]").errors())
                .containsExactly(new FieldError("[1].code", "Code « A » déjà utilisé par la règle [0]."));
        assertThat(RuleParser.parseRules("{").errors()).containsExactly(new FieldError("", "JSON illisible."));
    }

    private static ParseResult<Condition> condition(String text) {
        return RuleParser.parseCondition(json(text), "condition");
    }

    private static List<FieldError> errors(String conditionJson) {
        ParseResult<Condition> parsed = condition(conditionJson);
        assertThat(parsed.value()).as("no value with errors").isNull();
        return parsed.errors();
    }

    private static ParseResult<Formula> formula(String text) {
        return RuleParser.parseFormula(json(text), "amount");
    }

    static JsonNode json(String text) {
        try {
            return PLAIN_JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
