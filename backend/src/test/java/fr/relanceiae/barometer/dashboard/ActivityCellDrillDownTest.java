package fr.relanceiae.barometer.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.barometer.dashboard.SurveyFixtures.Answer;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The facilitators' drill-downs: the answers of a cell, and who did not answer the week. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ActivityCellDrillDownTest {

    private static final String WEEK = "2020-W40";
    private static Fixture fixture;

    record Fixture(String word, UUID alpha, UUID bravo, UUID charlie, UUID delta, UUID echo, UUID foxtrot) {
    }

    /**
     * In 971 × EI, 2020-W40: Alpha and Bravo answered; Charlie never did; Delta answered in W38, was
     * invited and reminded in W40; Echo was deactivated. Foxtrot (no department) answered.
     */
    private static synchronized Fixture fixture() {
        if (fixture == null) {
            String word = DirectoryFixtures.word();
            UUID bravo = SurveyFixtures.answered("Bravo " + word, "971", StructureKind.EI, WEEK, Answer.of(40, 20)
                    .insertion(6, 4, 2).support(5, 3, 2, 1, "HEALTH", "TRANSPORT").needs("FINANCING", "SUPPLIES"));
            UUID alpha = SurveyFixtures.answered("Alpha " + word, "971", StructureKind.EI, WEEK, Answer.of(90, 0));
            UUID charlie = SurveyFixtures.structure("Charlie " + word, "971", StructureKind.EI);
            UUID delta = SurveyFixtures.structure("Delta " + word, "971", StructureKind.EI);
            SurveyFixtures.answer(delta, "2020-W36", "971", StructureKind.EI, Answer.of(50, 50));
            SurveyFixtures.answer(delta, "2020-W38", "971", StructureKind.EI, Answer.of(55, 50));
            SurveyFixtures.answer(delta, "2020-W42", "971", StructureKind.EI, Answer.of(60, 50));
            SurveyFixtures.mailed(delta, WEEK, "INVITATION");
            SurveyFixtures.mailed(delta, WEEK, "REMINDER");
            SurveyFixtures.mailed(charlie, "2020-W39", "INVITATION");
            UUID echo = SurveyFixtures.structure("Echo " + word, "971", StructureKind.EI);
            SurveyFixtures.deactivate(echo);
            UUID foxtrot = SurveyFixtures.answered("Foxtrot " + word, null, StructureKind.ETTI, WEEK, Answer.of(10, 80));
            fixture = new Fixture(word, alpha, bravo, charlie, delta, echo, foxtrot);
        }
        return fixture;
    }

    private static JsonPath get(String path, Object... parameters) {
        fixture();
        var request = given().auth().oauth2(DirectoryFixtures.FACILITATOR);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.when().get("/api/v1/indicators/activity/" + path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_cell_lists_its_answers_by_structure_name_with_their_figures() {
        JsonPath page = get("structures", "week", WEEK, "department", "971", "kind", "EI");

        assertThat(page.getList("items.structureName", String.class))
                .containsExactly("Alpha " + fixture.word(), "Bravo " + fixture.word());
        assertThat(page.getLong("totalItems")).isEqualTo(2);
        Map<String, Object> bravo = page.getMap("items[1]");
        assertThat(bravo).containsEntry("structureId", fixture.bravo().toString()).containsEntry("week", WEEK)
                .containsEntry("department", "971").containsEntry("kind", "EI").containsEntry("activityLevelPct", 40)
                .containsEntry("revenueLossPct", 20).containsEntry("insertionEmployees", 6)
                .containsEntry("insertionWorking", 4).containsEntry("insertionShortTime", 2)
                .containsEntry("peopleFollowed", 5).containsEntry("followedInPerson", 3)
                .containsEntry("followedByPhone", 2).containsEntry("followedByVideo", 1)
                .containsEntry("obstacles", List.of("HEALTH", "TRANSPORT"))
                .containsEntry("needs", List.of("SUPPLIES", "FINANCING"))
                .containsEntry("needsText", "Besoin déclaré pour le test").containsEntry("enteredVia", "STRUCTURE");
        assertThat(bravo.get("surveyId")).isNotNull();

        JsonPath second = get("structures", "week", WEEK, "department", "971", "kind", "EI", "page", 1, "size", 1);
        assertThat(second.getList("items.structureName")).containsExactly("Bravo " + fixture.word());
        assertThat(second.getLong("totalItems")).isEqualTo(2);

        JsonPath week = get("structures", "week", WEEK, "size", 100);
        assertThat(week.getList("items.structureName", String.class)).as("the whole week: every department and kind")
                .containsExactly("Alpha " + fixture.word(), "Bravo " + fixture.word(), "Foxtrot " + fixture.word());
        JsonPath without = get("structures", "week", WEEK, "department", "ND");
        assertThat(without.getList("items.structureName")).containsExactly("Foxtrot " + fixture.word());
        assertThat(without.getMap("items[0]")).doesNotContainKey("department");
    }

    @Test
    void the_non_respondents_are_the_active_structures_without_an_answer_with_their_contact_and_mailings() {
        JsonPath page = get("non-respondents", "week", WEEK, "department", "971", "kind", "EI", "size", 100);

        List<Map<String, Object>> mine = page.<Map<String, Object>>getList("items").stream()
                .filter(item -> ((String) item.get("structureName")).endsWith(fixture.word())).toList();
        assertThat(mine).extracting(item -> item.get("structureName"))
                .containsExactly("Charlie " + fixture.word(), "Delta " + fixture.word());
        assertThat(mine.get(0)).containsEntry("structureId", fixture.charlie().toString())
                .containsEntry("department", "971").containsEntry("kind", "EI")
                .containsEntry("email", "contact@example.org").containsEntry("contactName", "Camille Martin")
                .containsEntry("invited", false).containsEntry("reminded", false).doesNotContainKey("lastWeekAnswered");
        assertThat(mine.get(1)).containsEntry("lastWeekAnswered", "2020-W38").containsEntry("invited", true)
                .containsEntry("reminded", true);
        assertThat(page.getLong("totalItems")).isGreaterThanOrEqualTo(2);

        JsonPath all = get("non-respondents", "week", WEEK, "size", 100, "department", "971");
        assertThat(all.getList("items.structureId", String.class)).contains(fixture.charlie().toString())
                .doesNotContain(fixture.alpha().toString(), fixture.bravo().toString(), fixture.echo().toString());
    }

    @Test
    void the_week_is_required_and_checked() {
        given().auth().oauth2(DirectoryFixtures.FACILITATOR).when().get("/api/v1/indicators/activity/structures")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("week"));
        given().auth().oauth2(DirectoryFixtures.FACILITATOR).queryParam("week", "2020-W99").when()
                .get("/api/v1/indicators/activity/non-respondents").then().statusCode(400)
                .body("errors[0].field", equalTo("week"));
        given().auth().oauth2(DirectoryFixtures.FACILITATOR).queryParam("week", WEEK).queryParam("department", "9Z")
                .when().get("/api/v1/indicators/activity/structures").then().statusCode(400)
                .body("errors[0].field", equalTo("department"));
        given().auth().oauth2(DirectoryFixtures.FACILITATOR).queryParam("week", WEEK).queryParam("size", 101)
                .when().get("/api/v1/indicators/activity/structures").then().statusCode(400);
    }
}
