package fr.relanceiae.barometer.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.relanceiae.barometer.dashboard.SurveyFixtures.Answer;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.directory.importing.CsvText;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import fr.relanceiae.testing.XlsxSheets;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The indicators as CSV and XLSX: French headers and labels, the same figures, partners' suppressed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ActivityIndicatorExportTest {

    private static final String WEEK = "2020-W30";
    private static boolean seeded;

    /** 2A × EI: activity 30 and 60, loss 10 and 21; one EI without department (activity 90). */
    private static synchronized void seed() {
        if (!seeded) {
            String word = DirectoryFixtures.word();
            SurveyFixtures.answered("X1 " + word, "2A", StructureKind.EI, WEEK, Answer.of(30, 10)
                    .insertion(8, 5, 3).support(6, 2, 4, 0, "CHILDCARE").needs("SUPPLIES"));
            SurveyFixtures.answered("X2 " + word, "2A", StructureKind.EI, WEEK, Answer.of(60, 21));
            SurveyFixtures.answered("X3 " + word, null, StructureKind.EI, WEEK, Answer.of(90, 0));
            seeded = true;
        }
    }

    private static byte[] export(String token, String format) {
        seed();
        return given().auth().oauth2(token).queryParam("from", WEEK).queryParam("to", WEEK)
                .queryParam("format", format).when().get("/api/v1/indicators/activity/export").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"barometre-" + WEEK + "-" + WEEK + "."
                        + format + "\""))
                .contentType(startsWith(format.equals("csv") ? "text/csv" : ActivityIndicatorResource.XLSX))
                .extract().asByteArray();
    }

    private static List<List<String>> csv(String token) {
        byte[] csv = export(token, "csv");
        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 BOM").containsExactly(0xEF, 0xBB, 0xBF);
        return CsvText.parse(CsvText.decode(csv)).stream().map(CsvText.Record::cells).toList();
    }

    /** The row of this department and kind label, by header. */
    private static Map<String, String> row(List<List<String>> rows, String department, String kind) {
        List<String> headers = rows.get(0);
        List<String> row = rows.stream().filter(r -> r.get(2).equals(department) && r.get(3).equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + department + " " + kind + " in " + rows));
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            cells.put(headers.get(i), i < row.size() ? row.get(i) : "");
        }
        return cells;
    }

    @Test
    void the_csv_has_french_headers_labels_and_decimal_commas() {
        List<List<String>> rows = csv(DirectoryFixtures.FACILITATOR);

        assertThat(rows.get(0)).isEqualTo(ActivityIndicatorExport.headers());
        assertThat(rows.get(0)).startsWith("Semaine", "Lundi", "Département", "Type de structure",
                "Structures ayant répondu", "Secret statistique", "Activité : 1er quartile (%)")
                .contains("Besoin fournitures (% des structures)", "Obstacle garde d'enfants (structures)")
                .endsWith("Structures actives", "Taux de réponse (%)");
        Map<String, String> corse = row(rows, "2A – Corse-du-Sud", "Entreprise d'insertion");
        assertThat(corse).containsEntry("Semaine", WEEK).containsEntry("Lundi", "2020-07-20")
                .containsEntry("Structures ayant répondu", "2").containsEntry("Secret statistique", "Non")
                // 30, 60: 37.5, 45, 52.5; loss (10 + 21) / 2
                .containsEntry("Activité : 1er quartile (%)", "37,5").containsEntry("Activité : médiane (%)", "45")
                .containsEntry("Activité : 3e quartile (%)", "52,5")
                .containsEntry("Perte de chiffre d'affaires moyenne (%)", "15,5")
                .containsEntry("Salariés en insertion", "8").containsEntry("dont en activité partielle", "3")
                .containsEntry("Besoin fournitures (% des structures)", "50")
                .containsEntry("Besoin financement (% des structures)", "0")
                .containsEntry("Suivies par téléphone", "4")
                .containsEntry("Obstacle garde d'enfants (structures)", "1")
                .containsEntry("Structures actives", "").containsEntry("Taux de réponse (%)", "");
        Map<String, String> department = row(rows, "2A – Corse-du-Sud", "Tous les types");
        assertThat(department.get("Structures actives")).isEqualTo(String.valueOf(SurveyFixtures.activeStructures("2A")));
        assertThat(row(rows, "Sans département", "Entreprise d'insertion")).containsEntry("Activité : médiane (%)", "90");
        Map<String, String> total = row(rows, "Tous les départements", "Tous les types");
        assertThat(total).containsEntry("Structures ayant répondu", "3").containsEntry("Activité : médiane (%)", "60");
        assertThat(total.get("Taux de réponse (%)"))
                .isEqualTo(String.valueOf(DashboardCells.percent(3, SurveyFixtures.activeStructures())).replace('.', ',')
                        .replaceAll(",0$", ""));
    }

    @Test
    void partners_get_the_suppressed_figures_as_empty_cells() {
        List<List<String>> rows = csv(TestTokens.partner("indicators:read"));

        Map<String, String> corse = row(rows, "2A – Corse-du-Sud", "Entreprise d'insertion");
        assertThat(corse).containsEntry("Secret statistique", "Oui").containsEntry("Structures ayant répondu", "")
                .containsEntry("Activité : médiane (%)", "").containsEntry("Salariés en insertion", "")
                .containsEntry("Besoin fournitures (% des structures)", "");
        assertThat(row(rows, "Tous les départements", "Tous les types")).containsEntry("Secret statistique", "Oui");
    }

    @Test
    void the_xlsx_has_the_same_rows_numbers_as_numbers_and_a_french_sheet_name() throws Exception {
        byte[] xlsx = export(DirectoryFixtures.ADMIN, "xlsx");

        List<List<Object>> rows = XlsxSheets.sheet(XlsxSheets.zipEntry(xlsx, "xl/worksheets/sheet1.xml"));
        assertThat(rows.get(0)).isEqualTo(List.copyOf(ActivityIndicatorExport.headers()));
        List<Object> corse = rows.stream().filter(row -> "2A – Corse-du-Sud".equals(row.get(2))
                && "Entreprise d'insertion".equals(row.get(3))).findFirst().orElseThrow();
        assertThat(corse.get(4)).isEqualTo(2.0);
        assertThat(corse.get(6)).isEqualTo(37.5);
        assertThat(corse.get(9)).isEqualTo(15.5);
        assertThat(XlsxSheets.zipEntry(xlsx, "xl/workbook.xml")).contains("name=\"Barom&#xe8;tre\"");
        assertThat(rows).hasSameSizeAs(csv(DirectoryFixtures.FACILITATOR));
    }

    @Test
    void a_bad_format_or_period_is_a_problem_before_any_file() {
        given().auth().oauth2(DirectoryFixtures.FACILITATOR).queryParam("format", "pdf").when()
                .get("/api/v1/indicators/activity/export").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(DirectoryFixtures.FACILITATOR).queryParam("from", "2020-W30").queryParam("to", "2020-W01")
                .when().get("/api/v1/indicators/activity/export").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
    }
}
