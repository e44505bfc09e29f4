package fr.relanceiae.financing.indicators;

import static fr.relanceiae.financing.FinancingFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.relanceiae.barometer.indicators.SmallCellSuppression;
import fr.relanceiae.financing.FinancingFixtures;
import fr.relanceiae.financing.compute.RiskLevel;
import fr.relanceiae.reference.WithoutDepartment;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Partners see how many structures are at each risk level by department, never a count of fewer
 * than 5 nor one they could recompute from the margins; facilitators see every count.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class FinancingIndicatorsTest {

    private static final String INDICATORS = "/api/v1/indicators/financing";

    @Test
    void facilitators_see_every_count_with_the_margins() {
        Caller staff = FinancingFixtures.facilitator();
        submittedInDepartment("2A", 2);
        submittedInDepartment("2B", 6);

        JsonNode answer = FinancingFixtures.json(staff.as().when().get(INDICATORS).then().statusCode(200).extract()
                .response());

        assertThat(answer.path("suppressed").asBoolean()).isFalse();
        Map<String, int[]> expected = countsInDatabase();
        Map<String, Integer> cells = cells(answer);
        int total = 0;
        int[] byLevel = new int[4];
        for (Map.Entry<String, int[]> department : expected.entrySet()) {
            int sum = 0;
            for (RiskLevel level : RiskLevel.values()) {
                int count = department.getValue()[level.ordinal()];
                assertThat(cells.get(department.getKey() + "/" + level)).as(department.getKey() + "/" + level)
                        .isEqualTo(count);
                sum += count;
                byLevel[level.ordinal()] += count;
            }
            assertThat(cells.get(department.getKey() + "/*")).isEqualTo(sum);
            total += sum;
        }
        for (RiskLevel level : RiskLevel.values()) {
            assertThat(cells.get("*/" + level)).isEqualTo(byLevel[level.ordinal()]);
        }
        assertThat(cells.get("*/*")).isEqualTo(total);
        assertThat(cells.get("2B/HIGH")).as("at least the 6 made here").isGreaterThanOrEqualTo(6);
        assertThat(answer.path("cells")).allSatisfy(cell -> assertThat(cell.path("suppressed").asBoolean()).isFalse());
    }

    @Test
    void partners_get_small_cells_withheld_and_enough_others_that_none_can_be_recomputed() {
        submittedInDepartment("2A", 2);
        submittedInDepartment("2B", 6);
        String partner = TestTokens.partner("indicators:read");

        JsonNode answer = FinancingFixtures.json(RestAssured.given().auth().oauth2(partner).when().get(INDICATORS)
                .then().statusCode(200).extract().response());

        assertThat(answer.path("suppressed").asBoolean()).isTrue();
        Map<String, int[]> expected = countsInDatabase();
        List<String> departments = new ArrayList<>(expected.keySet());
        SmallCellSuppression.Pattern pattern = SmallCellSuppression.forPartners(expected.values().toArray(int[][]::new));
        Map<String, JsonNode> cells = new HashMap<>();
        answer.path("cells").forEach(cell -> cells.put(key(cell), cell));
        for (int row = 0; row < departments.size(); row++) {
            for (RiskLevel level : RiskLevel.values()) {
                JsonNode cell = cells.get(departments.get(row) + "/" + level);
                int count = expected.get(departments.get(row))[level.ordinal()];
                boolean withheld = pattern.cell(row, level.ordinal());
                assertThat(cell.path("suppressed").asBoolean()).isEqualTo(withheld);
                assertThat(cell.has("diagnostics")).isEqualTo(!withheld);
                if (count > 0 && count < 5) {
                    assertThat(withheld).as("a count of " + count + " is never shown").isTrue();
                }
            }
            assertThat(cells.get(departments.get(row) + "/*").path("suppressed").asBoolean())
                    .isEqualTo(pattern.rowMargin(row));
        }
        assertThat(cells.get("2A/HIGH").path("suppressed").asBoolean()).isTrue();
        assertThat(cells.get("2A/*").has("diagnostics")).as("fewer than 5 diagnostics in all in 2A").isFalse();
        RestAssured.given().auth().oauth2(TestTokens.partner("directory:read")).when().get(INDICATORS).then()
                .statusCode(403);
    }

    @Test
    void the_department_filter_keeps_its_cells_and_the_margins_of_all() {
        submittedInDepartment("2B", 6);

        JsonNode answer = FinancingFixtures.json(FinancingFixtures.facilitator().as().queryParam("department", "2b")
                .when().get(INDICATORS).then().statusCode(200).extract().response());

        assertThat(answer.path("cells")).allSatisfy(cell -> assertThat(cell.path("department").asText("*"))
                .isIn("2B", "*"));
        assertThat(cells(answer)).containsKeys("2B/HIGH", "2B/*", "*/HIGH", "*/*");
    }

    @Test
    void structures_without_department_count_under_nd_as_in_the_barometer() {
        Caller staff = FinancingFixtures.facilitator();
        submittedInDepartment(null, 2);
        Map<String, int[]> expected = countsInDatabase();
        int withoutDepartment = java.util.Arrays.stream(expected.get(WithoutDepartment.CODE)).sum();
        assertThat(((Number) rows("select count(*) from financing_diagnostic d join structure s on s.id = d.structure_id "
                + "where d.status in ('SUBMITTED', 'IN_REVIEW', 'ORIENTED') and d.risk_level is not null "
                + "and s.department is null").get(0)).intValue()).as("the database holds them").isEqualTo(withoutDepartment)
                .isGreaterThanOrEqualTo(2);

        Map<String, Integer> cells = cells(FinancingFixtures.json(staff.as().when().get(INDICATORS).then()
                .statusCode(200).extract().response()));

        assertThat(cells.get("ND/HIGH")).isEqualTo(expected.get("ND")[RiskLevel.HIGH.ordinal()]).isGreaterThanOrEqualTo(2);
        assertThat(cells.get("ND/*")).isEqualTo(withoutDepartment);
        int total = expected.values().stream().mapToInt(counts -> java.util.Arrays.stream(counts).sum()).sum();
        assertThat(cells.get("*/*")).as("the total counts them").isEqualTo(total);
        Map<String, Integer> filtered = cells(FinancingFixtures.json(staff.as().queryParam("department", "nd").when()
                .get(INDICATORS).then().statusCode(200).extract().response()));
        assertThat(filtered).containsEntry("ND/*", withoutDepartment).containsEntry("*/*", total)
                .doesNotContainKey("2B/*");
        assertThat(WithoutDepartment.CODE).isEqualTo("ND");
        assertThat(WithoutDepartment.LABEL).isEqualTo("Sans département");
    }

    /** {@code count} submitted diagnostics at HIGH risk, for new structures moved to this department (null: none). */
    private static void submittedInDepartment(String department, int count) {
        Caller staff = FinancingFixtures.facilitator();
        for (int i = 0; i < count; i++) {
            UUID structure = FinancingFixtures.structure().id();
            QuarkusTransaction.requiringNew().run(() -> FinancingFixtures.em()
                    .createNativeQuery("update structure set department = nullif(?1, '') where id = ?2")
                    .setParameter(1, department == null ? "" : department).setParameter(2, structure).executeUpdate());
            UUID id = FinancingFixtures.draft(staff, structure);
            FinancingFixtures.transition(staff, id, "submit", Map.of()).then().statusCode(200);
        }
    }

    private static Map<String, int[]> countsInDatabase() {
        TreeMap<String, int[]> counts = new TreeMap<>();
        for (Object row : rows("select coalesce(s.department, 'ND'), d.risk_level, count(*) from financing_diagnostic d "
                + "join structure s on s.id = d.structure_id where d.status in ('SUBMITTED', 'IN_REVIEW', 'ORIENTED') "
                + "and d.risk_level is not null group by 1, 2")) {
            Object[] values = (Object[]) row;
            counts.computeIfAbsent((String) values[0], key -> new int[4])[RiskLevel.valueOf((String) values[1])
                    .ordinal()] = ((Number) values[2]).intValue();
        }
        return counts;
    }

    private static Map<String, Integer> cells(JsonNode answer) {
        Map<String, Integer> cells = new HashMap<>();
        answer.path("cells").forEach(cell -> cells.put(key(cell), cell.has("diagnostics")
                ? cell.path("diagnostics").asInt() : null));
        return cells;
    }

    private static String key(JsonNode cell) {
        return cell.path("department").asText("*") + "/" + cell.path("riskLevel").asText("*");
    }
}
