package fr.relanceiae.barometer.dashboard;

import static fr.relanceiae.barometer.dashboard.IndicatorCells.cell;
import static fr.relanceiae.barometer.dashboard.IndicatorCells.cells;
import static fr.relanceiae.barometer.dashboard.IndicatorCells.entry;
import static fr.relanceiae.barometer.dashboard.IndicatorCells.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.relanceiae.barometer.dashboard.SurveyFixtures.Answer;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The facilitators' indicators on answers whose figures are worked out by hand: quartiles (type 7),
 * means, shares, totals, the margins, the structures without department, the response rate, the
 * filters and the period's rules.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ActivityIndicatorsTest {

    private static final String FACILITATOR = DirectoryFixtures.FACILITATOR;
    private static final String WEEK = "2020-W10";
    private static final String EI = "EI";
    private static final String ACI = "ACI";

    private static Fixture fixture;

    /**
     * Week 2020-W10: in 2A three EI (activity 10, 20, 40) and two ACI (50, 100); in 2B one EI (70);
     * one EI without department (0). Nothing in 2020-W11.
     */
    record Fixture(String word, List<UUID> structures) {
    }

    private static synchronized Fixture fixture() {
        if (fixture == null) {
            String word = DirectoryFixtures.word();
            List<UUID> structures = List.of(
                    SurveyFixtures.answered("A " + word, "2A", StructureKind.EI, WEEK, Answer.of(10, 50)
                            .insertion(10, 6, 3).support(8, 5, 3, 1, "HEALTH").needs("SUPPLIES", "FINANCING")),
                    SurveyFixtures.answered("B " + word, "2A", StructureKind.EI, WEEK, Answer.of(20, 30)
                            .insertion(5, 2, 1).support(4, 2, 2, 0, "HEALTH", "TRANSPORT").needs("FINANCING")),
                    SurveyFixtures.answered("C " + word, "2A", StructureKind.EI, WEEK, Answer.of(40, 10)),
                    SurveyFixtures.answered("D " + word, "2A", StructureKind.ACI, WEEK, Answer.of(50, 0)
                            .insertion(20, 20, 0).support(10, 10, 0, 0).needs("STAFFING")),
                    SurveyFixtures.answered("E " + word, "2A", StructureKind.ACI, WEEK, Answer.of(100, 5)
                            .insertion(4, 0, 4)),
                    SurveyFixtures.answered("F " + word, "2B", StructureKind.EI, WEEK, Answer.of(70, 25)
                            .insertion(3, 3, 0).support(2, 0, 2, 0, "OTHER")),
                    SurveyFixtures.answered("G " + word, null, StructureKind.EI, WEEK, Answer.of(0, 100)
                            .needs("CUSTOMERS")));
            fixture = new Fixture(word, structures);
        }
        return fixture;
    }

    private static JsonNode week() {
        fixture();
        return IndicatorCells.get(FACILITATOR, "from", WEEK, "to", WEEK);
    }

    @Test
    void a_cell_has_its_quartiles_mean_totals_shares_and_obstacle_counts() {
        JsonNode ei = cell(week(), WEEK, "2A", EI);

        assertThat(ei.path("structures").asInt()).isEqualTo(3);
        assertThat(ei.path("suppressed").asBoolean()).isFalse();
        // 10, 20, 40: h = 0.5 → 10 + 0.5 × 10; h = 1 → 20; h = 1.5 → 20 + 0.5 × 20
        assertThat(ei.path("activityLevel").path("q1").asDouble()).isEqualTo(15.0);
        assertThat(ei.path("activityLevel").path("median").asDouble()).isEqualTo(20.0);
        assertThat(ei.path("activityLevel").path("q3").asDouble()).isEqualTo(30.0);
        assertThat(ei.path("meanRevenueLossPct").asDouble()).as("(50 + 30 + 10) / 3").isEqualTo(30.0);
        assertThat(ei.path("insertionEmployees").asLong()).isEqualTo(15);
        assertThat(ei.path("insertionWorking").asLong()).isEqualTo(8);
        assertThat(ei.path("insertionShortTime").asLong()).isEqualTo(4);
        assertThat(entry(ei, "needShares", "need", "SUPPLIES", "sharePct")).as("1 of 3").isEqualTo(33.3);
        assertThat(entry(ei, "needShares", "need", "FINANCING", "sharePct")).as("2 of 3").isEqualTo(66.7);
        assertThat(entry(ei, "needShares", "need", "CUSTOMERS", "sharePct")).isEqualTo(0.0);
        assertThat(entry(ei, "needShares", "need", "STAFFING", "sharePct")).isEqualTo(0.0);
        assertThat(ei.path("peopleFollowed").asLong()).isEqualTo(12);
        assertThat(ei.path("followedInPerson").asLong()).isEqualTo(7);
        assertThat(ei.path("followedByPhone").asLong()).isEqualTo(5);
        assertThat(ei.path("followedByVideo").asLong()).isEqualTo(1);
        assertThat(entry(ei, "obstacleCounts", "obstacle", "HEALTH", "structures")).isEqualTo(2);
        assertThat(entry(ei, "obstacleCounts", "obstacle", "TRANSPORT", "structures")).isEqualTo(1);
        assertThat(entry(ei, "obstacleCounts", "obstacle", "NO_EQUIPMENT", "structures")).isEqualTo(0);
        assertThat(ei.path("needShares")).hasSize(4);
        assertThat(ei.path("obstacleCounts")).hasSize(6);
        assertThat(ei.has("activeStructures")).as("no response rate for a row of one kind").isFalse();
        assertThat(ei.has("responseRatePct")).isFalse();

        JsonNode aci = cell(week(), WEEK, "2A", ACI);
        // 50, 100: h = 0.25 → 62.5; 0.5 → 75; 0.75 → 87.5
        assertThat(aci.path("activityLevel").path("q1").asDouble()).isEqualTo(62.5);
        assertThat(aci.path("activityLevel").path("median").asDouble()).isEqualTo(75.0);
        assertThat(aci.path("activityLevel").path("q3").asDouble()).isEqualTo(87.5);
        assertThat(aci.path("meanRevenueLossPct").asDouble()).as("(0 + 5) / 2").isEqualTo(2.5);
        assertThat(entry(aci, "needShares", "need", "STAFFING", "sharePct")).isEqualTo(50.0);
    }

    @Test
    void the_margins_add_the_cells_up_and_take_the_quartiles_of_all_their_answers() {
        JsonNode indicators = week();

        JsonNode department = cell(indicators, WEEK, "2A", null);
        assertThat(department.path("structures").asInt()).isEqualTo(5);
        // 10, 20, 40, 50, 100: h = 1, 2, 3
        assertThat(department.path("activityLevel").path("q1").asDouble()).isEqualTo(20.0);
        assertThat(department.path("activityLevel").path("median").asDouble()).isEqualTo(40.0);
        assertThat(department.path("activityLevel").path("q3").asDouble()).isEqualTo(50.0);
        assertThat(department.path("meanRevenueLossPct").asDouble()).as("95 / 5").isEqualTo(19.0);
        assertThat(department.path("insertionEmployees").asLong()).isEqualTo(39);
        assertThat(department.path("insertionShortTime").asLong()).isEqualTo(8);
        assertThat(entry(department, "needShares", "need", "FINANCING", "sharePct")).as("2 of 5").isEqualTo(40.0);
        assertThat(department.path("peopleFollowed").asLong()).isEqualTo(22);

        JsonNode kind = cell(indicators, WEEK, null, EI);
        assertThat(kind.path("structures").asInt()).as("2A, 2B and without department").isEqualTo(5);
        // 0, 10, 20, 40, 70
        assertThat(kind.path("activityLevel").path("q1").asDouble()).isEqualTo(10.0);
        assertThat(kind.path("activityLevel").path("median").asDouble()).isEqualTo(20.0);
        assertThat(kind.path("activityLevel").path("q3").asDouble()).isEqualTo(40.0);
        assertThat(kind.path("meanRevenueLossPct").asDouble()).as("(50 + 30 + 10 + 25 + 100) / 5").isEqualTo(43.0);
        assertThat(entry(kind, "needShares", "need", "CUSTOMERS", "sharePct")).isEqualTo(20.0);
        assertThat(entry(kind, "obstacleCounts", "obstacle", "OTHER", "structures")).isEqualTo(1);

        JsonNode total = cell(indicators, WEEK, null, null);
        assertThat(total.path("structures").asInt()).isEqualTo(7);
        // 0, 10, 20, 40, 50, 70, 100: h = 1.5 → 15; 3 → 40; 4.5 → 60
        assertThat(total.path("activityLevel").path("q1").asDouble()).isEqualTo(15.0);
        assertThat(total.path("activityLevel").path("median").asDouble()).isEqualTo(40.0);
        assertThat(total.path("activityLevel").path("q3").asDouble()).isEqualTo(60.0);
        assertThat(total.path("meanRevenueLossPct").asDouble()).as("220 / 7 = 31.43").isEqualTo(31.4);
        assertThat(total.path("insertionEmployees").asLong()).isEqualTo(42);
        assertThat(total.path("insertionWorking").asLong()).isEqualTo(31);
        assertThat(total.path("insertionShortTime").asLong()).isEqualTo(8);
        assertThat(entry(total, "needShares", "need", "FINANCING", "sharePct")).as("2 of 7 = 28.57").isEqualTo(28.6);
        assertThat(entry(total, "needShares", "need", "SUPPLIES", "sharePct")).as("1 of 7 = 14.29").isEqualTo(14.3);
        assertThat(total.path("peopleFollowed").asLong()).isEqualTo(24);
    }

    @Test
    void structures_without_department_count_under_ND_and_in_every_total() {
        JsonNode indicators = week();

        JsonNode without = cell(indicators, WEEK, DashboardCells.WITHOUT_DEPARTMENT, EI);
        assertThat(without.path("structures").asInt()).isEqualTo(1);
        assertThat(without.path("activityLevel").path("median").asDouble()).isEqualTo(0.0);
        JsonNode row = cell(indicators, WEEK, DashboardCells.WITHOUT_DEPARTMENT, null);
        assertThat(row.path("activeStructures").asInt()).isEqualTo(SurveyFixtures.activeStructures(null));
        int departments = cells(indicators).stream().filter(cell -> cell.path("kind").isMissingNode()
                && cell.has("department")).mapToInt(cell -> cell.path("structures").asInt()).sum();
        assertThat(departments).as("the departments' rows, ND included, add up to the week").isEqualTo(7);

        JsonNode filtered = IndicatorCells.get(FACILITATOR, "from", WEEK, "to", WEEK, "department", "ND");
        assertThat(cells(filtered)).extracting(cell -> text(cell, "department")).containsOnly("ND");
        assertThat(cell(filtered, WEEK, "ND", null).path("structures").asInt()).isEqualTo(1);
    }

    @Test
    void the_response_rate_counts_the_answers_against_the_active_structures_now() {
        JsonNode row = cell(week(), WEEK, "2B", null);
        int active = SurveyFixtures.activeStructures("2B");
        assertThat(row.path("activeStructures").asInt()).isEqualTo(active);
        assertThat(row.path("responseRatePct").asDouble()).isEqualTo(DashboardCells.percent(1, active));

        JsonNode total = cell(week(), WEEK, null, null);
        int all = SurveyFixtures.activeStructures();
        assertThat(total.path("activeStructures").asInt()).isEqualTo(all);
        assertThat(total.path("responseRatePct").asDouble()).isEqualTo(DashboardCells.percent(7, all));

        // a week nobody answered: every department with active structures has a row of 0 %
        JsonNode empty = IndicatorCells.get(FACILITATOR, "from", "2020-W11", "to", "2020-W11", "department", "2B");
        JsonNode none = cell(empty, "2020-W11", "2B", null);
        assertThat(none.path("structures").asInt()).isZero();
        assertThat(none.path("suppressed").asBoolean()).isFalse();
        assertThat(none.path("responseRatePct").asDouble()).isZero();
        assertThat(none.has("activityLevel")).isFalse();
        assertThat(cells(empty)).hasSize(1);
    }

    @Test
    void a_structure_deactivated_since_leaves_the_active_count_not_the_answers() {
        String word = DirectoryFixtures.word();
        String week = "2020-W14";
        UUID first = SurveyFixtures.answered("H " + word, "976", StructureKind.ESAT, week, Answer.of(60, 10));
        SurveyFixtures.answered("I " + word, "976", StructureKind.ESAT, week, Answer.of(80, 10));
        int active = SurveyFixtures.activeStructures("976");
        JsonNode before = cell(IndicatorCells.get(FACILITATOR, "from", week, "to", week), week, "976", null);
        assertThat(before.path("responseRatePct").asDouble()).isEqualTo(DashboardCells.percent(2, active));

        SurveyFixtures.deactivate(first);

        JsonNode after = cell(IndicatorCells.get(FACILITATOR, "from", week, "to", week), week, "976", null);
        assertThat(after.path("structures").asInt()).isEqualTo(2);
        assertThat(after.path("activeStructures").asInt()).isEqualTo(active - 1);
        assertThat(after.path("responseRatePct").asDouble()).isEqualTo(DashboardCells.percent(2, active - 1));
    }

    @Test
    void an_answer_added_or_replaced_shows_at_the_next_request_though_the_week_was_kept_in_memory() {
        String word = DirectoryFixtures.word();
        String week = "2020-W16";
        UUID structure = SurveyFixtures.structure("J " + word, "2B", StructureKind.AI);
        UUID survey = SurveyFixtures.answer(structure, week, "2B", StructureKind.AI, Answer.of(20, 10));
        assertThat(cell(IndicatorCells.get(FACILITATOR, "from", week, "to", week), week, "2B", "AI")
                .path("activityLevel").path("median").asDouble()).isEqualTo(20.0);

        SurveyFixtures.replace(survey, 60, 30);
        JsonNode replaced = cell(IndicatorCells.get(FACILITATOR, "from", week, "to", week), week, "2B", "AI");
        assertThat(replaced.path("activityLevel").path("median").asDouble()).isEqualTo(60.0);
        assertThat(replaced.path("meanRevenueLossPct").asDouble()).isEqualTo(30.0);

        SurveyFixtures.answered("K " + word, "2B", StructureKind.AI, week, Answer.of(80, 0));
        JsonNode added = cell(IndicatorCells.get(FACILITATOR, "from", week, "to", week), week, "2B", "AI");
        assertThat(added.path("structures").asInt()).isEqualTo(2);
        assertThat(added.path("activityLevel").path("median").asDouble()).isEqualTo(70.0);
        // the partners' view of the week is made again too
        assertThat(cell(IndicatorCells.get(fr.relanceiae.testing.TestTokens.partner("indicators:read"), "from", week,
                "to", week), week, "2B", "AI").path("suppressed").asBoolean()).isTrue();
    }

    @Test
    void filters_keep_the_cells_of_a_department_or_a_kind_with_the_same_figures() {
        JsonNode all = week();

        JsonNode byDepartment = IndicatorCells.get(FACILITATOR, "from", WEEK, "to", WEEK, "department", "2A");
        assertThat(cells(byDepartment)).extracting(cell -> text(cell, "kind")).as("in StructureKind order, all kinds last")
                .containsExactly("ACI", "EI", null);
        assertThat(cell(byDepartment, WEEK, "2A", null)).isEqualTo(cell(all, WEEK, "2A", null));

        JsonNode byKind = IndicatorCells.get(FACILITATOR, "from", WEEK, "to", WEEK, "kind", "EI");
        assertThat(cells(byKind)).extracting(cell -> text(cell, "department")).containsExactly("2A", "2B", "ND", null);
        assertThat(cells(byKind)).allSatisfy(cell -> assertThat(text(cell, "kind")).isEqualTo("EI"));
        assertThat(cell(byKind, WEEK, null, EI)).isEqualTo(cell(all, WEEK, null, EI));

        JsonNode both = IndicatorCells.get(FACILITATOR, "from", WEEK, "to", WEEK, "department", "2A", "kind", "ACI");
        assertThat(cells(both)).hasSize(1);
        assertThat(cell(both, WEEK, "2A", ACI).path("structures").asInt()).isEqualTo(2);

        JsonNode admin = IndicatorCells.get(DirectoryFixtures.ADMIN, "from", WEEK, "to", WEEK);
        assertThat(admin.path("suppressed").asBoolean()).isFalse();
        assertThat(cell(admin, WEEK, "2A", EI).path("structures").asInt()).isEqualTo(3);
    }

    @Test
    void the_level_parameter_keeps_the_rows_of_those_levels_with_the_same_figures_and_rates() {
        JsonNode all = IndicatorCells.get(FACILITATOR, "from", WEEK, "to", "2020-W11");

        JsonNode weeks = IndicatorCells.get(FACILITATOR, "from", WEEK, "to", "2020-W11", "level", "WEEK");
        assertThat(cells(weeks)).extracting(cell -> text(cell, "week")).as("the unanswered week keeps its row")
                .containsExactly(WEEK, "2020-W11");
        assertThat(cells(weeks)).containsExactlyElementsOf(IndicatorCells.ofLevels(all, "WEEK"));
        assertThat(cell(weeks, WEEK, null, null).path("structures").asInt()).isEqualTo(7);
        assertThat(cell(weeks, "2020-W11", null, null).path("responseRatePct").asDouble()).isEqualTo(0.0);

        JsonNode breakdown = IndicatorCells.get(FACILITATOR, "from", WEEK, "to", "2020-W11", "level", "DEPARTMENT",
                "level", "KIND");
        assertThat(cells(breakdown)).containsExactlyElementsOf(IndicatorCells.ofLevels(all, "DEPARTMENT", "KIND"));
        assertThat(cell(breakdown, WEEK, "ND", null).path("structures").asInt()).isEqualTo(1);
        assertThat(cell(breakdown, WEEK, null, EI).path("structures").asInt()).isEqualTo(5);
        assertThat(cell(breakdown, "2020-W11", "2A", null).path("responseRatePct").asDouble()).isEqualTo(0.0);

        JsonNode byDepartment = IndicatorCells.get(FACILITATOR, "from", WEEK, "to", WEEK, "department", "2A", "level",
                "DEPARTMENT_AND_KIND");
        assertThat(cells(byDepartment)).extracting(cell -> text(cell, "kind")).containsExactly(ACI, EI);
        assertThat(cells(IndicatorCells.get(FACILITATOR, "from", WEEK, "to", WEEK, "department", "2A", "level",
                "WEEK"))).as("a department's filter has no week total").isEmpty();
        JsonNode everyLevel = IndicatorCells.get(FACILITATOR, "from", WEEK, "to", "2020-W11", "level", "WEEK", "level",
                "KIND", "level", "DEPARTMENT", "level", "DEPARTMENT_AND_KIND");
        assertThat(everyLevel).isEqualTo(all);
    }

    @Test
    void a_bad_level_is_a_problem_naming_the_parameter() {
        fixture();
        problem("level", "MONTH").body("errors.field", hasItem("level"));
        assertThat(IndicatorCells.get(FACILITATOR, "from", WEEK, "to", WEEK, "level", "")).as("an empty value, as "
                + "for kind: no filter").isEqualTo(week());
        problem("level", "week").body("errors.field", hasItem("level"))
                .body("errors.message", hasItem("valeur attendue parmi : DEPARTMENT_AND_KIND, DEPARTMENT, KIND, WEEK"));
        // five values (four levels at most) and a bad week: each field named
        problem("level", "WEEK", "level", "KIND", "level", "DEPARTMENT", "level", "DEPARTMENT_AND_KIND", "level", "WEEK",
                "from", "2020-10").body("errors.field", hasItems("level", "from"));
    }

    @Test
    void the_period_defaults_to_the_last_twelve_weeks_and_is_checked() {
        IsoWeek now = IsoWeek.of(Instant.now());
        given().auth().oauth2(FACILITATOR).when().get("/api/v1/indicators/activity").then().statusCode(200)
                .body("to", equalTo(now.toString())).body("from", equalTo(now.plusWeeks(-11).toString()))
                .body("suppressed", equalTo(false));
        given().auth().oauth2(FACILITATOR).queryParam("to", "2020-W12").when().get("/api/v1/indicators/activity")
                .then().statusCode(200).body("from", equalTo("2020-W01"));

        problem("from", "2020-W10", "to", "2020-W09").body("errors.field", hasItem("from"));
        problem("from", "2020-W01", "to", "2022-W01").body("errors.field", hasItem("from"));
        problem("from", "2020-W54").body("errors.field", hasItem("from"));
        problem("to", "2020-48").body("errors.field", hasItem("to"));
        problem("department", "99").body("errors.field", hasItem("department"));
        problem("kind", "XYZ").body("errors.field", hasItem("kind"));
        // 2020 has 53 weeks: 2020-W01 to 2021-W51 is 104 weeks, allowed; one more is not
        given().auth().oauth2(FACILITATOR).queryParam("from", "2020-W01").queryParam("to", "2021-W51").when()
                .get("/api/v1/indicators/activity").then().statusCode(200);
        problem("from", "2020-W01", "to", "2021-W52").body("errors.field", hasItem("from"));
    }

    private static io.restassured.response.ValidatableResponse problem(String... parameters) {
        var request = given().auth().oauth2(FACILITATOR);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.when().get("/api/v1/indicators/activity").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
