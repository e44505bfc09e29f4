package fr.relanceiae.financing.diagnostic;

import static fr.relanceiae.financing.FinancingFixtures.DIAGNOSTICS;
import static fr.relanceiae.financing.FinancingFixtures.count;
import static fr.relanceiae.financing.FinancingFixtures.create;
import static fr.relanceiae.financing.FinancingFixtures.draft;
import static fr.relanceiae.financing.FinancingFixtures.inputs;
import static fr.relanceiae.financing.FinancingFixtures.inputsWith;
import static fr.relanceiae.financing.FinancingFixtures.json;
import static fr.relanceiae.financing.FinancingFixtures.rows;
import static fr.relanceiae.financing.FinancingFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.relanceiae.financing.FinancingFixtures;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A diagnostic from draft to closed, the transitions refused out of order, and what each step writes. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class FinancingDiagnosticLifecycleTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Test
    void a_new_diagnostic_is_prefilled_from_the_profile_and_the_last_survey() {
        TestStructure structure = FinancingFixtures.structure();
        Caller owner = FinancingFixtures.owner(structure);
        FinancingFixtures.survey(structure.id(), 20, 3);
        FinancingFixtures.survey(structure.id(), 45, 1);

        Response created = create(owner, null, null);

        created.then().statusCode(201).header("ETag", "\"0\"").header("Location", org.hamcrest.Matchers
                .endsWith(DIAGNOSTICS + "/" + created.path("id")));
        JsonNode view = json(created);
        assertThat(view.path("status").asText()).isEqualTo("DRAFT");
        assertThat(view.path("structureId").asText()).isEqualTo(structure.id().toString());
        assertThat(view.path("department").asText()).isEqualTo("93");
        assertThat(view.path("kind").asText()).isEqualTo("ACI");
        JsonNode inputs = view.path("inputs");
        assertThat(inputs.path("lastYearRevenue").decimalValue()).isEqualByComparingTo("480000");
        assertThat(inputs.path("revenueLossPct").decimalValue()).as("the last survey's, not the one before")
                .isEqualByComparingTo("45");
        assertThat(inputs.path("permanentHeadcount").asInt()).isEqualTo(7);
        assertThat(inputs.path("insertionFte").decimalValue()).isEqualByComparingTo("10");
        assertThat(inputs.has("cashOnHand")).isFalse();
        assertThat(view.path("figures").path("expectedRevenue").decimalValue()).isEqualByComparingTo("264000.00");
        assertThat(view.path("figures").has("riskLevel")).as("not known without the cash").isFalse();
        assertThat(texts(view.path("missingForSubmission"))).containsExactly("variableCostRatePct",
                "monthlyFixedCosts", "cashOnHand", "receivablesDue3m", "debtsDue3m");
        UUID id = UUID.fromString(view.path("id").asText());
        assertThat(rows("select status, revenue_loss_pct, created_by_user_id from financing_diagnostic where id = ?1",
                id)).singleElement().satisfies(row -> {
                    Object[] values = (Object[]) row;
                    assertThat(values[0]).isEqualTo("DRAFT");
                    assertThat((BigDecimal) values[1]).isEqualByComparingTo("45");
                    assertThat(values[2]).isEqualTo(owner.userId());
                });
    }

    @Test
    void inputs_given_at_creation_win_over_the_prefill_and_the_figures_and_recommendations_come_with_it() {
        TestStructure structure = FinancingFixtures.structure();
        FinancingFixtures.survey(structure.id(), 80, 0);

        JsonNode view = json(create(FinancingFixtures.owner(structure), structure.id(), inputs()).then()
                .statusCode(201).extract().response());

        assertThat(view.path("inputs").path("revenueLossPct").decimalValue()).isEqualByComparingTo("35");
        JsonNode figures = view.path("figures");
        assertThat(figures.path("expectedRevenue").decimalValue()).isEqualByComparingTo("312000.00");
        assertThat(figures.path("monthlyResult").decimalValue()).isEqualByComparingTo("-12400.00");
        assertThat(figures.path("netCash3m").decimalValue()).isEqualByComparingTo("23000.00");
        assertThat(figures.path("runwayMonths").decimalValue()).isEqualByComparingTo("1.85");
        assertThat(figures.path("breakEvenRevenue").decimalValue()).isEqualByComparingTo("560000.00");
        assertThat(figures.path("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(figures.path("noCashBurn").asBoolean()).isFalse();
        List<String> instruments = new ArrayList<>();
        view.path("recommendations").forEach(r -> instruments.add(r.path("instrument").asText()));
        assertThat(instruments).containsExactly("PGE", "FDI_CONSOLIDATION", "FDI_CONSULTING", "DLA", "SHORT_TIME_WORK",
                "CHARGES_DEFERRAL", "FRANCE_ACTIVE");
        JsonNode pge = view.path("recommendations").get(0);
        assertThat(pge.path("amount").decimalValue()).isEqualByComparingTo("120000.00");
        assertThat(pge.path("instrumentLabel").asText()).isEqualTo("Prêt garanti par l'État (PGE)");
        assertThat(pge.path("reason").asText()).startsWith("Prêt garanti par l'État");
        assertThat(view.path("missingForSubmission").size()).isZero();
    }

    @Test
    void a_structure_has_one_open_diagnostic_and_may_open_another_once_it_is_closed() {
        TestStructure structure = FinancingFixtures.structure();
        Caller owner = FinancingFixtures.owner(structure);
        UUID first = draft(owner, structure.id());

        Response second = create(FinancingFixtures.facilitator(), structure.id(), null);

        second.then().statusCode(409).contentType("application/problem+json")
                .header("Location", DIAGNOSTICS + "/" + first).body("errors[0].field", equalTo("structureId"));
        assertThat(count("select count(*) from financing_diagnostic where structure_id = ?1", structure.id()))
                .isEqualTo(1);

        transition(owner, first, "close", Map.of("reason", "Ouvert par erreur")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("Ouvert par erreur"));
        create(owner, structure.id(), null).then().statusCode(201);
        assertThat(count("select count(*) from financing_diagnostic where structure_id = ?1 and status <> 'CLOSED'",
                structure.id())).isEqualTo(1);
    }

    @Test
    void a_creation_retried_with_the_same_idempotency_key_makes_one_diagnostic() {
        TestStructure structure = FinancingFixtures.structure();
        Caller owner = FinancingFixtures.owner(structure);
        String key = "diagnostic-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("structureId", structure.id().toString(), "inputs", inputs());

        String first = owner.as().header("Idempotency-Key", key).body(body).when().post(DIAGNOSTICS).then()
                .statusCode(201).extract().path("id");
        String again = owner.as().header("Idempotency-Key", key).body(body).when().post(DIAGNOSTICS).then()
                .statusCode(201).header("Idempotency-Replayed", "true").extract().path("id");

        assertThat(again).isEqualTo(first);
        assertThat(count("select count(*) from financing_diagnostic where structure_id = ?1", structure.id()))
                .isEqualTo(1);
    }

    @Test
    void a_draft_is_rewritten_with_if_match_and_its_figures_recomputed() {
        TestStructure structure = FinancingFixtures.structure();
        Caller owner = FinancingFixtures.owner(structure);
        UUID id = draft(owner, structure.id());
        Map<String, Object> richer = inputsWith("cashOnHand", 400000);

        owner.as().body(richer).when().put(DIAGNOSTICS + "/" + id).then().statusCode(428);
        owner.as().header("If-Match", "\"7\"").body(richer).when().put(DIAGNOSTICS + "/" + id).then().statusCode(412);
        Response updated = owner.as().header("If-Match", "\"0\"").body(richer).when().put(DIAGNOSTICS + "/" + id);

        updated.then().statusCode(200).header("ETag", "\"1\"").body("figures.riskLevel", equalTo("MEDIUM"));
        JsonNode view = json(updated);
        assertThat(view.path("inputs").path("cashOnHand").decimalValue()).isEqualByComparingTo("400000");
        assertThat(view.path("figures").path("netCash3m").decimalValue()).isEqualByComparingTo("378000.00");
        assertThat(view.path("figures").path("runwayMonths").decimalValue()).isEqualByComparingTo("30.48");
        assertThat(rows("select cash_on_hand, risk_level, version from financing_diagnostic where id = ?1", id))
                .singleElement().satisfies(row -> {
                    Object[] values = (Object[]) row;
                    assertThat((BigDecimal) values[0]).isEqualByComparingTo("400000");
                    assertThat(values[1]).isEqualTo("MEDIUM");
                    assertThat(((Number) values[2]).longValue()).isEqualTo(1);
                });
        owner.as().header("If-Match", "\"0\"").body(inputs()).when().put(DIAGNOSTICS + "/" + id).then()
                .statusCode(412);
    }

    @Test
    void out_of_range_inputs_are_refused_field_by_field_in_french() {
        TestStructure structure = FinancingFixtures.structure();
        Caller owner = FinancingFixtures.owner(structure);
        UUID id = draft(owner, structure.id());
        Map<String, Object> wrong = inputsWith("variableCostRatePct", 100);
        wrong.put("cashOnHand", -5);
        wrong.put("revenueLossPct", 130);

        owner.as().header("If-Match", "\"0\"").body(wrong).when().put(DIAGNOSTICS + "/" + id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("variableCostRatePct", "cashOnHand", "revenueLossPct"))
                .body("errors.find { it.field == 'variableCostRatePct' }.message",
                        equalTo("Le taux de charges variables doit être inférieur à 100 %."));
        create(FinancingFixtures.facilitator(), FinancingFixtures.structure().id(), inputsWith("pgeAmount", -1))
                .then().statusCode(400).body("errors[0].field", equalTo("inputs.pgeAmount"));
        assertThat(count("select version from financing_diagnostic where id = ?1", id)).isZero();
    }

    @Test
    void a_diagnostic_goes_from_draft_to_closed_and_the_structure_is_told_of_its_orientation() {
        TestStructure structure = FinancingFixtures.structure();
        Caller owner = FinancingFixtures.owner(structure);
        Caller staff = FinancingFixtures.facilitator();
        UUID id = UUID.fromString(create(owner, structure.id(), null).then().statusCode(201).extract().path("id"));

        transition(owner, id, "submit", Map.of()).then().statusCode(400)
                .body("errors.field", hasItems("cashOnHand", "debtsDue3m"));
        owner.as().header("If-Match", "\"0\"").body(inputs()).when().put(DIAGNOSTICS + "/" + id).then().statusCode(200);
        transition(owner, id, "submit", Map.of()).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        owner.as().header("If-Match", "\"2\"").body(inputs()).when().put(DIAGNOSTICS + "/" + id).then()
                .statusCode(409);
        transition(staff, id, "orient", orientation()).then().statusCode(409);

        transition(staff, id, "review", Map.of("notes", "Appeler la directrice.")).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("assigneeUserId", equalTo(staff.userId().toString()))
                .body("assigneeName", equalTo("Personne de test")).body("reviewNotes", equalTo("Appeler la directrice."));
        transition(owner, id, "close", Map.of()).then().statusCode(409);
        Response oriented = transition(staff, id, "orient", orientation());

        oriented.then().statusCode(200).body("status", equalTo("ORIENTED"))
                .body("orientation.instruments", org.hamcrest.Matchers.contains("DLA", "FRANCE_ACTIVE"))
                .body("followUpDate", equalTo(TODAY.plusDays(30).toString()));
        assertThat(SupplyFixtures.mailSubjects(SupplyFixtures.emailOf(owner.userId())))
                .contains("Diagnostic financier : votre orientation");
        owner.as().when().get(DIAGNOSTICS + "/" + id).then().statusCode(200)
                .body("orientation.comment", equalTo("Contactez le DLA du 93."))
                .body("reviewNotes", org.hamcrest.Matchers.nullValue());

        transition(staff, id, "close", Map.of("reason", "PGE obtenu")).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        transition(staff, id, "close", Map.of()).then().statusCode(409);
        transition(staff, id, "review", Map.of()).then().statusCode(409);
        assertThat(rows("select status, close_reason, orientation_instruments::text, closed_at is not null "
                + "from financing_diagnostic where id = ?1", id)).singleElement().satisfies(row -> {
                    Object[] values = (Object[]) row;
                    assertThat(values).containsExactly("CLOSED", "PGE obtenu", "{DLA,FRANCE_ACTIVE}", true);
                });
    }

    @Test
    void transitions_out_of_order_are_conflicts_and_change_nothing() {
        TestStructure structure = FinancingFixtures.structure();
        Caller staff = FinancingFixtures.facilitator();
        UUID id = draft(staff, structure.id());

        transition(staff, id, "review", Map.of()).then().statusCode(409).contentType("application/problem+json");
        transition(staff, id, "orient", orientation()).then().statusCode(409);
        transition(staff, id, "submit", Map.of()).then().statusCode(200);
        transition(staff, id, "submit", Map.of()).then().statusCode(409);
        staff.as().header("If-Match", "\"0\"").body(Map.of()).when().post(DIAGNOSTICS + "/" + id + "/review").then()
                .statusCode(412);

        assertThat(rows("select status from financing_diagnostic where id = ?1", id)).containsExactly("SUBMITTED");
    }

    @Test
    void a_review_names_an_active_facilitator_who_is_told_by_email() {
        TestStructure structure = FinancingFixtures.structure();
        Caller staff = FinancingFixtures.facilitator();
        Caller colleague = FinancingFixtures.facilitator();
        UUID id = draft(staff, structure.id());
        transition(staff, id, "submit", Map.of()).then().statusCode(200);
        staff.as().queryParam("assignee", "none").queryParam("structureId", structure.id().toString()).when()
                .get(DIAGNOSTICS).then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(id.toString()));

        transition(staff, id, "review", Map.of("assigneeUserId", FinancingFixtures.owner(structure).userId().toString()))
                .then().statusCode(400).body("errors[0].field", equalTo("assigneeUserId"));
        transition(staff, id, "review", Map.of("assigneeUserId", colleague.userId().toString())).then().statusCode(200)
                .body("assigneeUserId", equalTo(colleague.userId().toString()));

        assertThat(SupplyFixtures.mailSubjects(SupplyFixtures.emailOf(colleague.userId())))
                .containsExactly("Un diagnostic financier vous est confié");
        staff.as().queryParam("assignee", colleague.userId().toString()).when().get(DIAGNOSTICS).then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.contains(id.toString()));
        colleague.as().queryParam("assignee", "me").queryParam("status", "IN_REVIEW").when().get(DIAGNOSTICS).then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.contains(id.toString()));
        staff.as().queryParam("assignee", "none").queryParam("structureId", structure.id().toString()).when()
                .get(DIAGNOSTICS).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        assertThat(rows("select cast(assignee_user_id as text) from financing_diagnostic where id = ?1", id))
                .containsExactly(colleague.userId().toString());
    }

    @Test
    void an_orientation_needs_an_instrument_and_a_follow_up_date_not_in_the_past() {
        Caller staff = FinancingFixtures.facilitator();
        UUID id = FinancingFixtures.inReview(staff, FinancingFixtures.structure().id());

        transition(staff, id, "orient", Map.of("instruments", List.of())).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("instruments"));
        transition(staff, id, "orient", Map.of("instruments", List.of("DLA"), "followUpDate",
                TODAY.minusDays(1).toString())).then().statusCode(400).body("errors[0].field", equalTo("followUpDate"));
        transition(staff, id, "orient", Map.of("instruments", List.of("DLA"), "followUpDate",
                TODAY.plusYears(3).toString())).then().statusCode(400).body("errors[0].field", equalTo("followUpDate"));
        transition(staff, id, "orient", Map.of("instruments", List.of("PRET_MAGIQUE"))).then().statusCode(400);

        assertThat(rows("select status from financing_diagnostic where id = ?1", id)).containsExactly("IN_REVIEW");
    }

    @Test
    void the_list_filters_by_status_risk_and_structure() {
        TestStructure structure = FinancingFixtures.structure();
        Caller owner = FinancingFixtures.owner(structure);
        UUID id = draft(owner, structure.id());

        owner.as().when().get(DIAGNOSTICS).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id.toString())).body("items[0].riskLevel", equalTo("HIGH"))
                .body("items[0].structureName", org.hamcrest.Matchers.startsWith("Structure fournitures"));
        Caller staff = FinancingFixtures.facilitator();
        staff.as().queryParam("structureId", structure.id().toString()).queryParam("riskLevel", "HIGH")
                .queryParam("department", "93").when().get(DIAGNOSTICS).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(id.toString()));
        staff.as().queryParam("structureId", structure.id().toString()).queryParam("riskLevel", "LOW").when()
                .get(DIAGNOSTICS).then().statusCode(200).body("totalItems", equalTo(0));
        staff.as().queryParam("structureId", structure.id().toString()).queryParam("status", "SUBMITTED").when()
                .get(DIAGNOSTICS).then().statusCode(200).body("totalItems", equalTo(0));
        staff.as().queryParam("assignee", "quelqu'un").when().get(DIAGNOSTICS).then().statusCode(400);
    }

    private static Map<String, Object> orientation() {
        return Map.of("instruments", List.of("DLA", "FRANCE_ACTIVE", "DLA"), "comment", "Contactez le DLA du 93.",
                "followUpDate", TODAY.plusDays(30).toString());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
