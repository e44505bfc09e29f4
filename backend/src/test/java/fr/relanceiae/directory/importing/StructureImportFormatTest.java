package fr.relanceiae.directory.importing;

import static fr.relanceiae.directory.DirectoryFixtures.ADMIN;
import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.FACILITATOR;
import static fr.relanceiae.directory.DirectoryFixtures.siret;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The import's French headers and labels, its format description and its template. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class StructureImportFormatTest {

    @Test
    void french_headers_and_labels_import_whatever_their_case_accents_and_apostrophes() {
        String siret = siret();
        String csv = String.join("\r\n",
                "siret;NOM;type de structure;Departement;SECTEURS D’ACTIVITE;Types de prestation;Zone d’intervention;"
                        + "Départements d'intervention;etp en insertion;Latitude;Longitude",
                siret + ";Lavoirs de l'Est;Entreprise d’insertion;seine-saint-denis;Nettoyage de locaux | plomberie;"
                        + "Mise à disposition de personnel;départements;Paris | 93;12,5;48,86;2,44",
                "");

        JsonPath job = DirectoryFixtures.importAndWait(csv.getBytes(StandardCharsets.UTF_8), FACILITATOR);

        assertThat(job.getMap("report")).containsEntry("created", 1).containsEntry("rejected", 0)
                .containsEntry("warningCount", 0);
        QuarkusTransaction.requiringNew().run(() -> {
            Structure stored = Structure.<Structure>findBySiret(siret).orElseThrow();
            assertThat(stored.name).isEqualTo("Lavoirs de l'Est");
            assertThat(stored.kind).isEqualTo(StructureKind.EI);
            assertThat(stored.department).isEqualTo("93");
            assertThat(stored.insertionFte).isEqualByComparingTo(new BigDecimal("12.5"));
            assertThat(stored.latitude).isEqualTo(48.86);
            assertThat(stored.activities).extracting(a -> a.sector)
                    .containsExactlyInAnyOrder("nettoyage-de-locaux", "plomberie");
            assertThat(stored.activities).allSatisfy(activity -> {
                assertThat(activity.geoRange).isEqualTo(GeoRange.DEPARTMENTS);
                assertThat(activity.geoDepartments).containsExactlyInAnyOrder("75", "93");
                assertThat(activity.prestaTypes).containsExactly(PrestaType.STAFFING.name());
            });
        });
    }

    @Test
    void columns_it_does_not_know_are_said_once_on_the_header_line() {
        String siret = siret();
        String csv = "ligne;motifs;siret;name;kind;Commentaire;  \n;;" + siret + ";Inconnues;ACI;à ignorer;\n";

        JsonPath job = DirectoryFixtures.importAndWait(csv.getBytes(StandardCharsets.UTF_8), FACILITATOR);

        assertThat(job.getMap("report")).containsEntry("created", 1).containsEntry("warningCount", 1);
        assertThat(job.getInt("report.warnings[0].line")).isEqualTo(1);
        assertThat(job.getString("report.warnings[0].message"))
                .isEqualTo("Colonnes non reconnues, ignorées : « Commentaire ».");
    }

    @Test
    void the_format_lists_every_column_with_its_french_header_and_accepted_values() {
        JsonPath format = given().auth().oauth2(FACILITATOR).when().get("/api/v1/structure-imports/format").then()
                .statusCode(200).extract().jsonPath();

        assertThat(format.getList("rules", String.class)).isNotEmpty()
                .anySatisfy(rule -> assertThat(rule).contains("Windows-1252"));
        assertThat(format.getList("columns.code", String.class)).isEqualTo(StructureCsv.COLUMNS);
        assertThat(format.getList("columns.findAll { it.required }.code", String.class))
                .containsExactly("siret", "name", "kind");
        Map<String, Object> kind = format.getMap("columns.find { it.code == 'kind' }");
        assertThat(kind).containsEntry("header", "Type de structure").containsEntry("required", true);
        assertThat(format.getList("columns.find { it.code == 'kind' }.values.code", String.class))
                .containsExactly("ACI", "AI", "EI", "ETTI", "EITI", "GEIQ", "EA", "EATT", "ESAT");
        assertThat(format.getString("columns.find { it.code == 'kind' }.values.find { it.code == 'EI' }.name"))
                .isEqualTo("Entreprise d'insertion");
        assertThat(format.getList("columns.find { it.code == 'presta_types' }.values.name", String.class))
                .contains("Mise à disposition de personnel");
        assertThat(format.getList("columns.find { it.code == 'geo_range' }.values.code", String.class))
                .containsExactly("COUNTRY", "DEPARTMENTS", "RADIUS");
        assertThat(format.getList("columns.find { it.code == 'sectors' }.values.code", String.class))
                .contains("nettoyage-de-locaux").hasSizeGreaterThan(100);
        assertThat(format.getString("columns.find { it.code == 'geo_radius_km' }.description")).contains("1 à 1000");
        assertThat(format.getList("columns.find { it.code == 'name' }.values")).isEmpty();

        given().auth().oauth2(BUYER).when().get("/api/v1/structure-imports/format").then().statusCode(403);
        given().when().get("/api/v1/structure-imports/format").then().statusCode(401);
    }

    @Test
    void the_template_has_the_french_headers_and_an_example_row_that_imports_without_rejection() {
        byte[] template = given().auth().oauth2(ADMIN).when().get("/api/v1/structure-imports/template.csv").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"modele-import-structures.csv\"")
                .extract().asByteArray();
        assertThat(Arrays.copyOf(template, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CsvText.Record> records = CsvText.parse(CsvText.decode(template));
        assertThat(records).hasSize(2);
        assertThat(records.get(0).cells()).isEqualTo(StructureCsv.headers(StructureCsv.Layout.READABLE, false));
        assertThat(records.get(1).cells()).contains("Atelier et chantier d'insertion", "12,5", "Paris | Seine-Saint-Denis");

        JsonPath job = DirectoryFixtures.importAndWait(template, FACILITATOR);

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getMap("report")).containsEntry("rejected", 0).containsEntry("warningCount", 0);
        assertThat(job.getInt("report.created") + job.getInt("report.updated") + job.getInt("report.unchanged"))
                .isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> assertThat(Structure.<Structure>findBySiret("10000000900017")
                .orElseThrow().activities).hasSize(2));
        given().auth().oauth2(BUYER).when().get("/api/v1/structure-imports/template.csv").then().statusCode(403);
    }
}
