package fr.relanceiae.barometer.followup;

import static fr.relanceiae.barometer.survey.SurveyFixtures.FOLLOW_UPS;
import static fr.relanceiae.barometer.survey.SurveyFixtures.answered;
import static fr.relanceiae.barometer.survey.SurveyFixtures.count;
import static fr.relanceiae.barometer.survey.SurveyFixtures.input;
import static fr.relanceiae.barometer.survey.SurveyFixtures.thisWeek;
import static fr.relanceiae.barometer.survey.SurveyFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.survey.NeedDeclared;
import fr.relanceiae.barometer.survey.SurveyFixtures;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The needs of the answers routed to the facilitators: one open follow-up per structure and need
 * (declared again while open, it adds nothing and fires nothing), each new one firing NeedDeclared;
 * the facilitators list them with what to do next and change them with If-Match.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class FollowUpTest {

    @Inject
    RecordedNeeds recorded;

    private final Caller facilitator = SupplyFixtures.facilitator();

    private static long openFollowUps(UUID structureId, String need) {
        return count("select count(*) from follow_up where structure_id = ?1 and need = ?2 and status <> 'DONE'",
                structureId, need);
    }

    private Map<String, Object> followUp(UUID structureId, String need) {
        List<Map<String, Object>> items = facilitator.as().queryParam("need", need).queryParam("size", 100).when()
                .get(FOLLOW_UPS).then().statusCode(200).extract().path("items");
        return items.stream().filter(item -> item.get("structureId").equals(structureId.toString())
                && !"DONE".equals(item.get("status"))).findFirst().orElseThrow();
    }

    private Response patch(UUID id, String ifMatch, Map<String, Object> body) {
        var request = facilitator.as().body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch(FOLLOW_UPS + "/" + id);
    }

    @Test
    void each_need_opens_one_follow_up_until_it_is_done_and_each_new_one_fires_need_declared() {
        TestStructure structure = SupplyFixtures.structure();
        Caller siae = SupplyFixtures.siaeUserOf(structure);
        UUID first = answered(siae, with(input(null, thisWeek().previous()), "needs", List.of("SUPPLIES", "FINANCING"),
                "needsText", "Masques et trésorerie", "revenueLossPct", 55));

        assertThat(openFollowUps(structure.id(), "SUPPLIES")).isEqualTo(1);
        assertThat(openFollowUps(structure.id(), "FINANCING")).isEqualTo(1);
        List<NeedDeclared> events = recorded.of(structure.id());
        assertThat(events).extracting(NeedDeclared::need).containsExactlyInAnyOrder(Need.SUPPLIES, Need.FINANCING);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.surveyId()).isEqualTo(first);
            assertThat(event.revenueLossPct()).isEqualTo(55);
            assertThat(count("select count(*) from follow_up where id = ?1 and need = ?2", event.followUpId(),
                    event.need().name())).isEqualTo(1);
        });

        // declared again (replacing the answer, then the next week) while open: nothing more
        SurveyFixtures.answer(siae, with(input(null, thisWeek().previous()), "needs", List.of("SUPPLIES")))
                .then().statusCode(200);
        answered(siae, with(input(null, thisWeek()), "needs", List.of("SUPPLIES", "STAFFING")));
        assertThat(openFollowUps(structure.id(), "SUPPLIES")).isEqualTo(1);
        assertThat(openFollowUps(structure.id(), "STAFFING")).isEqualTo(1);
        assertThat(recorded.of(structure.id())).extracting(NeedDeclared::need)
                .containsExactlyInAnyOrder(Need.SUPPLIES, Need.FINANCING, Need.STAFFING);

        // done, the same need declared again opens a new one
        Map<String, Object> supplies = followUp(structure.id(), "SUPPLIES");
        patch(UUID.fromString((String) supplies.get("id")), "\"" + supplies.get("version") + "\"",
                Map.of("status", "DONE")).then().statusCode(200).body("status", equalTo("DONE"));
        SurveyFixtures.answer(siae, with(input(null, thisWeek()), "needs", List.of("SUPPLIES"))).then().statusCode(200);
        assertThat(count("select count(*) from follow_up where structure_id = ?1 and need = 'SUPPLIES'", structure.id()))
                .isEqualTo(2);
        assertThat(openFollowUps(structure.id(), "SUPPLIES")).isEqualTo(1);
        assertThat(recorded.of(structure.id())).hasSize(4);

        // the old one may not be reopened while the new one is open
        Map<String, Object> done = facilitator.as().queryParam("status", "DONE").queryParam("need", "SUPPLIES")
                .queryParam("size", 100).when().get(FOLLOW_UPS).then().statusCode(200).extract()
                .<List<Map<String, Object>>>path("items").stream()
                .filter(item -> item.get("structureId").equals(structure.id().toString())).findFirst().orElseThrow();
        patch(UUID.fromString((String) done.get("id")), "\"" + done.get("version") + "\"", Map.of("status", "OPEN"))
                .then().statusCode(409);
    }

    @Test
    void a_follow_up_says_what_to_do_and_changes_only_with_the_version_read() {
        TestStructure structure = SupplyFixtures.structure();
        UUID survey = answered(facilitator, with(input(structure.id(), thisWeek()),
                "needs", List.of("SUPPLIES", "CUSTOMERS", "FINANCING", "STAFFING"), "needsText", "Tout à la fois"));
        Map<String, Object> supplies = followUp(structure.id(), "SUPPLIES");
        assertThat(supplies).containsEntry("status", "OPEN").containsEntry("surveyId", survey.toString())
                .containsEntry("week", thisWeek().toString()).containsEntry("needsText", "Tout à la fois")
                .containsEntry("version", 0);
        assertThat(supplies.get("action")).isEqualTo(Map.of("kind", "ORDER_LINK",
                "label", "Commander des fournitures pour la structure",
                "path", "/fournitures/commander?structure=" + structure.id()));
        assertThat(((Map<?, ?>) followUp(structure.id(), "CUSTOMERS").get("action")).get("kind"))
                .isEqualTo("SOURCING_INVITATION");
        assertThat(((Map<?, ?>) followUp(structure.id(), "FINANCING").get("action")).get("kind")).isEqualTo("DIAGNOSTIC");
        assertThat(((Map<?, ?>) followUp(structure.id(), "STAFFING").get("action")).get("path"))
                .isEqualTo("/annuaire/" + structure.id());

        UUID id = UUID.fromString((String) supplies.get("id"));
        Map<String, Object> change = new HashMap<>();
        change.put("status", "IN_PROGRESS");
        change.put("assigneeUserId", facilitator.userId().toString());
        change.put("note", "Appelée : commande en préparation");
        patch(id, null, change).then().statusCode(428);
        patch(id, "*", change).then().statusCode(428);
        patch(id, "\"7\"", change).then().statusCode(412);
        assertThat(count("select count(*) from follow_up where id = ?1 and status = 'OPEN' and version = 0", id))
                .isEqualTo(1);

        patch(id, "\"0\"", change).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("IN_PROGRESS")).body("assigneeUserId", equalTo(facilitator.userId().toString()))
                .body("note", equalTo("Appelée : commande en préparation")).body("version", equalTo(1));
        assertThat(SurveyFixtures.rows("select status, assignee_user_id, note from follow_up where id = ?1", id).get(0))
                .containsExactly("IN_PROGRESS", facilitator.userId(), "Appelée : commande en préparation");
        // the same version a second time is stale
        patch(id, "\"0\"", Map.of("status", "DONE")).then().statusCode(412);

        // mine, then unassigned by leaving the assignee out
        facilitator.as().queryParam("assignee", "me").queryParam("size", 100).when().get(FOLLOW_UPS).then()
                .statusCode(200).body("items.id", contains(id.toString()));
        patch(id, "\"1\"", Map.of("status", "IN_PROGRESS")).then().statusCode(200)
                .body("assigneeUserId", nullValue()).body("note", nullValue());
        // a siae user may not be assigned
        Caller siae = SupplyFixtures.siaeUserOf(structure);
        patch(id, "\"2\"", Map.of("status", "IN_PROGRESS", "assigneeUserId", siae.userId().toString())).then()
                .statusCode(400).body("errors.field", contains("assigneeUserId"));
        facilitator.as().queryParam("assignee", "quelqu'un").when().get(FOLLOW_UPS).then().statusCode(400);
        siae.as().when().get(FOLLOW_UPS).then().statusCode(403);
    }
}
