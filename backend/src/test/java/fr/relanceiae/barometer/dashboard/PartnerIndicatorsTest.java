package fr.relanceiae.barometer.dashboard;

import static fr.relanceiae.barometer.dashboard.IndicatorCells.cell;
import static fr.relanceiae.barometer.dashboard.IndicatorCells.cells;
import static fr.relanceiae.barometer.dashboard.IndicatorCells.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.relanceiae.barometer.dashboard.SurveyFixtures.Answer;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Partners' indicators end to end: small cells suppressed with their complements, so that nothing
 * withheld can be recomputed from the margins shown; the week suppressed as a whole, then filtered.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class PartnerIndicatorsTest {

    private static final String WEEK = "2020-W20";
    private static final String PARTNER = TestTokens.partner("indicators:read");

    private static boolean seeded;

    /**
     * <pre>
     *        EI  ACI | all
     *   2A    6    2 |   8
     *   2B    7    6 |  13
     *   all  13    8 |  21
     * </pre>
     * 2A × ACI (2) is small; hiding it alone, its row and its column would give it back (8 − 6, 8 − 6):
     * the four cells must go, the margins (all ≥ 5) may stay.
     */
    private static synchronized void seed() {
        if (seeded) {
            return;
        }
        String word = DirectoryFixtures.word();
        int[][] counts = { { 6, 2 }, { 7, 6 } };
        String[] departments = { "2A", "2B" };
        StructureKind[] kinds = { StructureKind.EI, StructureKind.ACI };
        int n = 0;
        for (int d = 0; d < 2; d++) {
            for (int k = 0; k < 2; k++) {
                for (int i = 0; i < counts[d][k]; i++, n++) {
                    SurveyFixtures.answered("P" + n + " " + word, departments[d], kinds[k], WEEK,
                            Answer.of(10 * (n % 10), n % 7).insertion(n % 5 + 2, 0, n % 3).support(n % 4, 0, 0, 0)
                                    .needs(n % 2 == 0 ? new String[] { "FINANCING" } : new String[0]));
                }
            }
        }
        seeded = true;
    }

    private static JsonNode asPartner(String... filters) {
        seed();
        String[] parameters = new String[filters.length + 4];
        parameters[0] = "from";
        parameters[1] = WEEK;
        parameters[2] = "to";
        parameters[3] = WEEK;
        System.arraycopy(filters, 0, parameters, 4, filters.length);
        return IndicatorCells.get(PARTNER, parameters);
    }

    @Test
    void a_small_cell_and_its_complements_are_withheld_the_margins_shown() {
        JsonNode partner = asPartner();

        assertThat(partner.path("suppressed").asBoolean()).isTrue();
        for (String department : List.of("2A", "2B")) {
            for (String kind : List.of("EI", "ACI")) {
                JsonNode cell = cell(partner, WEEK, department, kind);
                assertThat(cell.path("suppressed").asBoolean()).as(department + "/" + kind).isTrue();
                assertThat(cell.has("structures")).isFalse();
                assertThat(cell.has("activityLevel")).isFalse();
                assertThat(cell.has("meanRevenueLossPct")).isFalse();
                assertThat(cell.has("insertionShortTime")).isFalse();
                assertThat(cell.has("needShares")).isFalse();
                assertThat(cell.has("obstacleCounts")).isFalse();
            }
        }
        assertThat(cell(partner, WEEK, "2A", null).path("structures").asInt()).isEqualTo(8);
        assertThat(cell(partner, WEEK, "2B", null).path("structures").asInt()).isEqualTo(13);
        assertThat(cell(partner, WEEK, null, "EI").path("structures").asInt()).isEqualTo(13);
        assertThat(cell(partner, WEEK, null, "ACI").path("structures").asInt()).isEqualTo(8);
        JsonNode total = cell(partner, WEEK, null, null);
        assertThat(total.path("structures").asInt()).isEqualTo(21);
        assertThat(total.path("responseRatePct").asDouble())
                .isEqualTo(DashboardCells.percent(21, SurveyFixtures.activeStructures()));

        JsonNode facilitator = IndicatorCells.get(DirectoryFixtures.FACILITATOR, "from", WEEK, "to", WEEK);
        assertThat(facilitator.path("suppressed").asBoolean()).isFalse();
        assertThat(cell(facilitator, WEEK, "2A", "ACI").path("structures").asInt()).isEqualTo(2);
        for (JsonNode shown : cells(partner)) {
            if (!shown.path("suppressed").asBoolean()) {
                assertThat(shown).as("a figure shown to partners is the facilitators' one")
                        .isEqualTo(cell(facilitator, WEEK, text(shown, "department"), text(shown, "kind")));
            }
        }
    }

    @Test
    void no_withheld_value_can_be_recomputed_from_the_margins() {
        JsonNode partner = asPartner();

        assertThat(MarginAttack.recomputable(partner, WEEK)).isEmpty();

        // the attacker is no straw man: with 2A × ACI alone withheld, it finds it (and the facilitators'
        // table, where nothing is withheld, gives nothing away to find)
        JsonNode leaky = IndicatorCells.get(DirectoryFixtures.FACILITATOR, "from", WEEK, "to", WEEK);
        assertThat(MarginAttack.recomputable(leaky, WEEK)).isEmpty();
        ((ObjectNode) cell(leaky, WEEK, "2A", "ACI")).put("suppressed", true);
        assertThat(MarginAttack.recomputable(leaky, WEEK)).containsExactly("2A/ACI");
    }

    @Test
    void filters_apply_to_the_suppressed_week_and_never_suppress_a_filtered_table() {
        JsonNode all = asPartner();

        JsonNode department = asPartner("department", "2A");
        assertThat(cells(department)).extracting(cell -> text(cell, "kind")).containsExactly("ACI", "EI", null);
        for (JsonNode cell : cells(department)) {
            assertThat(cell).isEqualTo(cell(all, WEEK, "2A", text(cell, "kind")));
        }
        JsonNode kind = asPartner("kind", "EI");
        for (JsonNode cell : cells(kind)) {
            assertThat(cell).isEqualTo(cell(all, WEEK, text(cell, "department"), "EI"));
        }
        // filtered first, 2B × EI (7) would be its own row's only cell: shown, and with it 2B × ACI (13 − 7)
        assertThat(cell(asPartner("department", "2B", "kind", "EI"), WEEK, "2B", "EI").path("suppressed").asBoolean())
                .isTrue();
    }

    @Test
    void the_level_parameter_filters_the_suppressed_week_and_suppresses_nothing_else() {
        JsonNode all = asPartner();

        JsonNode margins = asPartner("level", "DEPARTMENT", "level", "KIND", "level", "WEEK");
        assertThat(cells(margins)).containsExactlyElementsOf(IndicatorCells.ofLevels(all, "DEPARTMENT", "KIND", "WEEK"));
        assertThat(cell(margins, WEEK, "2A", null).path("structures").asInt()).isEqualTo(8);
        JsonNode inner = asPartner("level", "DEPARTMENT_AND_KIND");
        assertThat(cells(inner)).containsExactlyElementsOf(IndicatorCells.ofLevels(all, "DEPARTMENT_AND_KIND"));
        assertThat(cell(inner, WEEK, "2B", "EI").path("suppressed").asBoolean())
                .as("its complement is withheld in the whole week").isTrue();
        assertThat(cells(asPartner("kind", "EI", "level", "DEPARTMENT_AND_KIND"))).allSatisfy(cell -> assertThat(
                cell).isEqualTo(cell(all, WEEK, text(cell, "department"), "EI")));
    }

    @Test
    void partners_need_the_indicators_scope_and_never_drill_down() {
        given().auth().oauth2(TestTokens.partner("directory:read")).when().get("/api/v1/indicators/activity").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(PARTNER).queryParam("week", WEEK).when().get("/api/v1/indicators/activity/structures")
                .then().statusCode(403);
        given().auth().oauth2(PARTNER).queryParam("week", WEEK).when()
                .get("/api/v1/indicators/activity/non-respondents").then().statusCode(403);
        given().auth().oauth2(DirectoryFixtures.BUYER).when().get("/api/v1/indicators/activity").then().statusCode(403);
        given().auth().oauth2(TestTokens.valid("siae")).when().get("/api/v1/indicators/activity/export").then()
                .statusCode(403);
        given().auth().oauth2(PARTNER).queryParam("from", WEEK).queryParam("to", WEEK).when()
                .get("/api/v1/indicators/activity/export").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"barometre-" + WEEK + "-" + WEEK + ".csv\""));
    }
}
