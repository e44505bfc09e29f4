package fr.relanceiae.financing.rules;

import static fr.relanceiae.financing.FinancingFixtures.DIAGNOSTICS;
import static fr.relanceiae.financing.FinancingFixtures.RULES;
import static fr.relanceiae.financing.FinancingFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.financing.FinancingFixtures;
import fr.relanceiae.financing.compute.FinancingRules;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The recommendation rules as data: seeded from the file, checked when written, applied at the next read. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class FinancingRuleAdminTest {

    @Test
    void the_seed_rules_are_stored_as_the_file_writes_them_in_its_order() throws Exception {
        JsonNode file = new ObjectMapper().readTree(FinancingRules.defaultsJson());

        Response listed = FinancingFixtures.facilitator().as().when().get(RULES);

        listed.then().statusCode(200);
        JsonNode rules = FinancingFixtures.json(listed);
        for (int i = 0; i < file.size(); i++) {
            JsonNode seed = file.get(i);
            JsonNode stored = rules.get(i);
            assertThat(stored.path("code").asText()).isEqualTo(seed.path("code").asText());
            assertThat(stored.path("label").asText()).isEqualTo(seed.path("label").asText());
            assertThat(stored.path("instrument").asText()).isEqualTo(seed.path("instrument").asText());
            assertThat(stored.path("condition")).isEqualTo(seed.path("condition"));
            assertThat(stored.path("position").asInt()).isEqualTo(i);
            assertThat(stored.path("active").asBoolean()).isTrue();
        }
        assertThat(count("select count(*) from financing_rule where code in (select jsonb_array_elements(cast(?1 as jsonb)) "
                + "->> 'code')", FinancingRules.defaultsJson())).isEqualTo(file.size());
    }

    @Test
    void an_invalid_rule_is_refused_with_every_problem_named_by_its_path() {
        Caller admin = FinancingFixtures.admin();
        Map<String, Object> rule = new HashMap<>(rule(code(), Map.of("all", List.of(
                Map.of("field", "runwayMonths", "op", "<<", "value", 6),
                Map.of("field", "tresorerie", "op", "<", "value", 6)))));
        rule.put("label", "");

        admin.as().body(rule).when().post(RULES).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("label", "condition.all[0].op", "condition.all[1].field"))
                .body("errors.find { it.field == 'condition.all[1].field' }.message",
                        org.hamcrest.Matchers.startsWith("Donnée inconnue « tresorerie »"));
        admin.as().body(Map.of("code", "minuscules", "label", "Une règle", "instrument", "DLA")).when().post(RULES)
                .then().statusCode(400).body("errors.field", hasItems("code", "condition"));
        assertThat(count("select count(*) from financing_rule where code = ?1", rule.get("code"))).isZero();
    }

    @Test
    void the_free_json_of_a_rule_holds_no_control_character_nor_an_unbounded_number() {
        Caller admin = FinancingFixtures.admin();
        String code = code();
        String body = "{\"code\":\"" + code + "\",\"label\":\"Essai\",\"instrument\":\"DLA\","
                + "\"condition\":{\"field\":\"runway\\u0000Months\",\"op\":\"<\",\"value\":1e400},"
                + "\"amount\":{\"mul\":[1e40,2]}}";

        admin.as().body(body).when().post(RULES).then().statusCode(400)
                .body("errors.field", hasItems("condition.field", "condition.value", "amount.mul[0]"));

        assertThat(count("select count(*) from financing_rule where code = ?1", code)).isZero();
    }

    @Test
    void a_code_is_used_once_and_writes_need_the_version_read() {
        Caller admin = FinancingFixtures.admin();
        String code = code();
        UUID id = UUID.fromString(admin.as().body(rule(code, runwayBelow(6))).when().post(RULES).then().statusCode(201)
                .header("ETag", "\"0\"").extract().path("id"));

        admin.as().body(rule(code, runwayBelow(6))).when().post(RULES).then().statusCode(409)
                .body("errors[0].field", equalTo("code"));
        admin.as().body(rule(code, runwayBelow(3))).when().put(RULES + "/" + id).then().statusCode(428);
        admin.as().header("If-Match", "\"0\"").body(rule(code, runwayBelow(3))).when().put(RULES + "/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("condition.value", equalTo(3));
        admin.as().header("If-Match", "\"0\"").when().delete(RULES + "/" + id).then().statusCode(412);
        admin.as().header("If-Match", "\"1\"").when().delete(RULES + "/" + id).then().statusCode(204);

        assertThat(count("select count(*) from financing_rule where id = ?1", id)).isZero();
        FinancingFixtures.facilitator().as().body(rule(code(), runwayBelow(6))).when().post(RULES).then().statusCode(403);
    }

    @Test
    void an_edited_rule_changes_the_recommendations_of_the_next_read() {
        Caller admin = FinancingFixtures.admin();
        Caller staff = FinancingFixtures.facilitator();
        TestStructure structure = FinancingFixtures.structure();
        UUID diagnostic = FinancingFixtures.draft(staff, structure.id());
        String code = code();
        UUID rule = UUID.fromString(admin.as().body(rule(code, runwayBelow(2))).when().post(RULES).then()
                .statusCode(201).extract().path("id"));
        try {
            staff.as().when().get(DIAGNOSTICS + "/" + diagnostic).then().statusCode(200)
                    .body("recommendations.reason", hasItem(org.hamcrest.Matchers.startsWith("Essai " + code)))
                    .body("recommendations.find { it.reason.startsWith('Essai " + code + "') }.amount",
                            equalTo(48000.0f));

            admin.as().header("If-Match", "\"0\"").body(rule(code, runwayBelow(1))).when().put(RULES + "/" + rule)
                    .then().statusCode(200);

            staff.as().when().get(DIAGNOSTICS + "/" + diagnostic).then().statusCode(200)
                    .body("recommendations.reason", not(hasItem(org.hamcrest.Matchers.startsWith("Essai " + code))));
        } finally {
            admin.as().header("If-Match", "\"1\"").when().delete(RULES + "/" + rule).then().statusCode(204);
        }
    }

    @Test
    void a_rule_set_aside_no_longer_recommends() {
        Caller admin = FinancingFixtures.admin();
        Caller staff = FinancingFixtures.facilitator();
        UUID diagnostic = FinancingFixtures.draft(staff, FinancingFixtures.structure().id());
        String code = code();
        Map<String, Object> body = new HashMap<>(rule(code, runwayBelow(2)));
        body.put("active", false);
        UUID rule = UUID.fromString(admin.as().body(body).when().post(RULES).then().statusCode(201)
                .body("active", equalTo(false)).extract().path("id"));
        try {
            staff.as().when().get(DIAGNOSTICS + "/" + diagnostic).then().statusCode(200)
                    .body("recommendations.reason", not(hasItem(org.hamcrest.Matchers.startsWith("Essai " + code))));
        } finally {
            admin.as().header("If-Match", "\"0\"").when().delete(RULES + "/" + rule).then().statusCode(204);
        }
    }

    /** A France Active rule of a unique label, for 10 % of last year's revenue. */
    private static Map<String, Object> rule(String code, Map<String, Object> condition) {
        return Map.of("code", code, "label", "Essai " + code, "instrument", "FRANCE_ACTIVE", "condition", condition,
                "amount", Map.of("mul", List.of(Map.of("field", "lastYearRevenue"), 0.1)));
    }

    private static Map<String, Object> runwayBelow(int months) {
        return Map.of("field", "runwayMonths", "op", "<", "value", months);
    }

    private static String code() {
        return "ESSAI_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
