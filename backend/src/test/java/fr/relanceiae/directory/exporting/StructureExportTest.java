package fr.relanceiae.directory.exporting;

import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.FACILITATOR;
import static fr.relanceiae.directory.DirectoryFixtures.activity;
import static fr.relanceiae.directory.DirectoryFixtures.addActivity;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.directory.importing.CsvText;
import fr.relanceiae.directory.importing.StructureCsv;
import fr.relanceiae.testing.XlsxSheets;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The export's layouts and formats: what a buyer reads, in the order the search shows. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class StructureExportTest {

    /** Montreuil town hall: the structures below lie 0.6 km, 4 km and 9 km from it. */
    private static final double LAT = 48.8626;
    private static final double LON = 2.4430;

    @Inject
    EntityManager entityManager;

    /** Three structures found by one word, whose name order is the reverse of their distance order. */
    private record Fixture(String word, UUID near, UUID middle, UUID far) {
    }

    private static Fixture threeStructures() {
        String word = DirectoryFixtures.word();
        Map<String, Object> far = profile("Alpha " + word);
        far.put("latitude", 48.9362);
        far.put("longitude", 2.3574);
        far.put("postCode", "93200");
        far.put("city", "Saint-Denis");
        far.put("kind", "EI");
        far.put("brand", "=HYPERLINK(\"http://x\",\"y\")");
        UUID farId = create(far);
        addActivity(farId, activity("nettoyage-de-locaux", "DEPARTMENTS", List.of("93", "75"), null));
        addActivity(farId, activity("plomberie", "DEPARTMENTS", List.of("93", "75"), null));
        Map<String, Object> middle = profile("Bravo " + word);
        middle.put("latitude", 48.8480);
        middle.put("longitude", 2.3945);
        UUID middleId = create(middle);
        addActivity(middleId, activity("manutention", "RADIUS", null, 40));
        Map<String, Object> near = profile("Charlie " + word);
        near.put("latitude", 48.8611);
        near.put("longitude", 2.4360);
        near.put("insertionFte", 3);
        UUID nearId = create(near);
        return new Fixture(word, nearId, middleId, farId);
    }

    private static List<List<String>> csvRows(byte[] csv) {
        assertThat(java.util.Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return CsvText.parse(CsvText.decode(csv)).stream().map(CsvText.Record::cells).toList();
    }

    private String sectorName(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select name from sector where slug = :slug").setParameter("slug", slug)
                .getSingleResult());
    }

    private static List<String> searchNames(Map<String, Object> params) {
        return given().auth().oauth2(BUYER).queryParams(params).queryParam("size", 100).when()
                .get("/api/v1/structures").then().statusCode(200).extract().jsonPath().getList("items.name");
    }

    @Test
    void the_readable_csv_has_french_headers_and_labels_not_codes() {
        Fixture fixture = threeStructures();

        byte[] csv = given().auth().oauth2(BUYER).queryParam("q", fixture.word()).when()
                .get("/api/v1/structures/export.csv").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"structures.csv\"").extract().asByteArray();
        List<List<String>> rows = csvRows(csv);

        assertThat(rows.get(0)).containsExactly("SIRET", "Nom", "Type de structure", "Enseigne", "Forme juridique",
                "Code NAF", "Adresse", "Code postal", "Commune", "Département", "Latitude", "Longitude",
                "Présentation", "E-mail", "Téléphone", "Site web", "ETP en insertion", "Secteurs d'activité",
                "Types de prestation", "Zone d'intervention", "Départements d'intervention",
                "Rayon d'intervention (km)");
        assertThat(rows).hasSize(4);
        Map<String, String> alpha = byHeader(rows, "Alpha " + fixture.word());
        assertThat(alpha.get("Type de structure")).isEqualTo("Entreprise d'insertion");
        assertThat(alpha.get("Département")).isEqualTo("Seine-Saint-Denis");
        assertThat(alpha.get("Latitude")).isEqualTo("48,9362");
        assertThat(alpha.get("ETP en insertion")).isEqualTo("12,5");
        List<String> sectorNames = new ArrayList<>(List.of(sectorName("nettoyage-de-locaux"), sectorName("plomberie")));
        sectorNames.sort(java.text.Collator.getInstance(java.util.Locale.FRENCH));
        assertThat(alpha.get("Secteurs d'activité")).isEqualTo(String.join(" | ", sectorNames));
        assertThat(alpha.get("Types de prestation")).isEqualTo("Prestation de service");
        assertThat(alpha.get("Zone d'intervention")).isEqualTo("Départements");
        assertThat(alpha.get("Départements d'intervention")).isEqualTo("Paris | Seine-Saint-Denis");
        assertThat(alpha.get("Enseigne")).as("read back without the formula guard")
                .isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        Map<String, String> bravo = byHeader(rows, "Bravo " + fixture.word());
        assertThat(bravo.get("Type de structure")).isEqualTo("Atelier et chantier d'insertion");
        assertThat(bravo.get("Zone d'intervention")).isEqualTo("Rayon autour de l'adresse");
        assertThat(bravo.get("Rayon d'intervention (km)")).isEqualTo("40");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("nettoyage-de-locaux").doesNotContain(";EI;").doesNotContain("SERVICE")
                .doesNotContain("DEPARTMENTS").doesNotContain("Distance").contains(";\"'=HYPERLINK(");
    }

    @Test
    void rows_follow_the_search_order_and_the_distance_column_comes_with_a_point() {
        Fixture fixture = threeStructures();
        Map<String, Object> point = new HashMap<>(Map.of("q", fixture.word(), "lat", LAT, "lon", LON,
                "radiusKm", 30, "sort", "distance"));

        List<List<String>> rows = csvRows(given().auth().oauth2(BUYER).queryParams(point).when()
                .get("/api/v1/structures/export.csv").then().statusCode(200).extract().asByteArray());

        assertThat(rows.get(0)).endsWith("Rayon d'intervention (km)", "Distance (km)");
        List<String> names = rows.subList(1, rows.size()).stream().map(row -> row.get(1)).toList();
        assertThat(names).containsExactly("Charlie " + fixture.word(), "Bravo " + fixture.word(),
                "Alpha " + fixture.word());
        assertThat(names).isEqualTo(searchNames(point));
        List<Double> distances = rows.subList(1, rows.size()).stream()
                .map(row -> Double.valueOf(row.get(row.size() - 1).replace(',', '.'))).toList();
        assertThat(distances).isSorted().allSatisfy(d -> assertThat(d).isBetween(0.1, 30.0));
        assertThat(rows.get(1).get(rows.get(1).size() - 1)).matches("\\d+,\\d");

        point.put("sort", "name");
        List<List<String>> byName = csvRows(given().auth().oauth2(BUYER).queryParams(point).when()
                .get("/api/v1/structures/export.csv").then().statusCode(200).extract().asByteArray());
        assertThat(byName.subList(1, byName.size()).stream().map(row -> row.get(1)).toList())
                .containsExactly("Alpha " + fixture.word(), "Bravo " + fixture.word(), "Charlie " + fixture.word())
                .isEqualTo(searchNames(point));

        point.put("layout", "import");
        List<List<String>> importLayout = csvRows(given().auth().oauth2(BUYER).queryParams(point).when()
                .get("/api/v1/structures/export.csv").then().statusCode(200).extract().asByteArray());
        assertThat(importLayout.get(0)).as("the import layout has no distance").isEqualTo(StructureCsv.COLUMNS);
    }

    @Test
    void a_readable_export_imports_back_unchanged() {
        Fixture fixture = threeStructures();
        byte[] csv = given().auth().oauth2(BUYER).queryParam("q", fixture.word()).queryParam("lat", LAT)
                .queryParam("lon", LON).queryParam("radiusKm", 30).when().get("/api/v1/structures/export.csv")
                .then().statusCode(200).extract().asByteArray();

        JsonPath job = DirectoryFixtures.importAndWait(csv, FACILITATOR);

        assertThat(job.getMap("report")).containsEntry("unchanged", 3).containsEntry("updated", 0)
                .containsEntry("created", 0).containsEntry("rejected", 0).containsEntry("warningCount", 0);
    }

    @Test
    void the_xlsx_has_french_headers_typed_numbers_text_never_formulas_and_a_frozen_header() throws Exception {
        Fixture fixture = threeStructures();

        byte[] xlsx = given().auth().oauth2(BUYER).queryParam("q", fixture.word()).queryParam("lat", LAT)
                .queryParam("lon", LON).queryParam("radiusKm", 30).queryParam("sort", "distance").when()
                .get("/api/v1/structures/export.xlsx").then().statusCode(200)
                .contentType(startsWith(StructureExportResource.XLSX))
                .header("Content-Disposition", "attachment; filename=\"structures.xlsx\"").extract().asByteArray();

        String sheetXml = XlsxSheets.zipEntry(xlsx, "xl/worksheets/sheet1.xml");
        List<List<Object>> rows = XlsxSheets.sheet(sheetXml);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("SIRET", "Nom", "Type de structure").endsWith("Distance (km)");
        assertThat(rows.stream().skip(1).map(row -> row.get(1)).toList()).containsExactly(
                "Charlie " + fixture.word(), "Bravo " + fixture.word(), "Alpha " + fixture.word());
        List<Object> charlie = rows.get(1);
        assertThat(charlie.get(16)).as("ETP en insertion, a number").isEqualTo(3.0);
        assertThat(charlie.get(10)).as("latitude").isEqualTo(48.8611);
        assertThat(charlie.get(charlie.size() - 1)).isInstanceOf(Double.class);
        List<Object> alpha = rows.get(3);
        assertThat(alpha.get(2)).isEqualTo("Entreprise d'insertion");
        assertThat(alpha.get(3)).as("text as it is: a string cell, no guard").isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        assertThat(sheetXml).doesNotContain("<f>").doesNotContain("<f ");
        assertThat(sheetXml).containsPattern("<pane [^>]*ySplit=\"1\"");

        List<List<Object>> importLayout = XlsxSheets.sheet(XlsxSheets.zipEntry(given().auth().oauth2(BUYER).queryParam("q", fixture.word())
                .queryParam("layout", "import").when().get("/api/v1/structures/export.xlsx").then().statusCode(200)
                .extract().asByteArray(), "xl/worksheets/sheet1.xml"));
        assertThat(importLayout.get(0)).isEqualTo(List.copyOf(StructureCsv.COLUMNS));
        assertThat(importLayout.stream().skip(1).map(row -> row.get(2)).toList()).containsExactlyInAnyOrder("EI", "ACI",
                "ACI");
    }

    @Test
    void a_bad_layout_or_a_partial_point_is_a_problem_before_any_file() {
        given().auth().oauth2(BUYER).queryParam("layout", "pdf").when().get("/api/v1/structures/export.xlsx").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(BUYER).queryParam("lat", LAT).when().get("/api/v1/structures/export.csv").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("radiusKm"));
        given().when().get("/api/v1/structures/export.xlsx").then().statusCode(401);
    }

    private static Map<String, String> byHeader(List<List<String>> rows, String name) {
        List<String> row = rows.stream().filter(r -> r.get(1).equals(name)).findFirst().orElseThrow();
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            cells.put(rows.get(0).get(i), i < row.size() ? row.get(i) : "");
        }
        return cells;
    }
}
