package fr.relanceiae.directory.importing;

import static fr.relanceiae.directory.DirectoryFixtures.ADMIN;
import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.FACILITATOR;
import static fr.relanceiae.directory.DirectoryFixtures.activity;
import static fr.relanceiae.directory.DirectoryFixtures.addActivity;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static fr.relanceiae.directory.DirectoryFixtures.siret;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class StructureImportTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_import_reports_every_rejected_row_and_warning_and_writes_only_good_rows() {
        String created = siret();
        String withWarnings = siret();
        String radius = siret();
        String unknownDepartment = siret();
        Map<String, Object> existing = profile("Existante avant import");
        UUID existingId = create(existing);
        String existingSiret = (String) existing.get("siret");
        String csv = String.join("\n",
                "siret;name;kind;post_code;department;naf;email;latitude;longitude;sectors;presta_types;geo_range;geo_departments;geo_radius_km",
                created + ";Nouvelle structure;aci;93100;;81.21Z;contact@nouvelle.fr;48.86;2.44;nettoyage-de-locaux|plomberie;SERVICE;;;",
                "12345678901234;SIRET faux;ACI;;;;;;;;;;;",
                created + ";Doublon;EI;;;;;;;;;;;",
                siret() + ";;ACI;;;;;;;;;;;",
                siret() + ";Type inconnu;XYZ;;;;;;;;;;;",
                unknownDepartment + ";Département inconnu;EI;;99;;;;;;;;;",
                siret() + ";Secteur inconnu;EI;;75;;;;;pas-un-secteur;;;;",
                siret() + ";Zone inconnue;EI;;75;;;;;plomberie;;PLANETE;;",
                withWarnings + ";Avec avertissements;EI;75011;;ABC;pas-un-mail;123;2.38;plomberie;SERVICE|FOO;DEPARTMENTS;75|93;",
                existingSiret + ";Existante mise à jour;ACI;93100;;;;;;;;;;",
                radius + ";Rayon sans distance;ETTI;92000;;;;;;manutention;STAFFING;RADIUS;;");

        JsonPath job = DirectoryFixtures.importAndWait(utf8(csv), FACILITATOR);

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getInt("totalRows")).isEqualTo(11);
        assertThat(job.getInt("processedRows")).isEqualTo(11);
        assertThat(job.getMap("report")).containsEntry("created", 3).containsEntry("updated", 1)
                .containsEntry("unchanged", 0).containsEntry("rejected", 7).containsEntry("warningCount", 5);
        assertThat(job.getList("report.rejectedRows")).hasSize(7);
        assertThat(job.getList("report.rejectedRows.line", Integer.class)).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(job.getList("report.rejectedRows.reasons", List.class)).containsExactly(
                List.of("SIRET invalide : 14 chiffres dont la clé de contrôle est juste."),
                List.of("SIRET déjà présent ligne 2 du fichier (la première l'emporte)."),
                List.of("Le nom est obligatoire."),
                List.of("Type de structure inconnu : XYZ."),
                List.of("Département inconnu : 99."),
                List.of("Secteur inconnu : pas-un-secteur."),
                List.of("Zone d'intervention inconnue : PLANETE (COUNTRY, DEPARTMENTS ou RADIUS, ou leurs libellés : "
                        + "France entière, Départements, Rayon autour de l'adresse)."));
        assertThat(job.getString("report.rejectedRows[5].siret")).isNotBlank();
        assertThat(job.getList("report.warnings.line", Integer.class)).containsExactly(10, 10, 10, 10, 12);
        assertThat(job.getList("report.warnings.message", String.class)).containsExactly(
                "naf : Code NAF invalide (attendu : 4 chiffres et une lettre, ex. 81.21Z). Valeur ignorée.",
                "email : Adresse e-mail invalide. Valeur ignorée.",
                "latitude : Latitude hors de [-90, 90]. Valeur ignorée.",
                "presta_types : type de prestation inconnu « FOO ». Valeur ignorée.",
                "geo_radius_km : rayon absent ou invalide. 30 km retenus.");
        assertThat(job.getString("report.warnings[0].siret")).isEqualTo(withWarnings);

        QuarkusTransaction.requiringNew().run(() -> {
            Structure fresh = Structure.findBySiret(created).orElseThrow();
            assertThat(fresh.name).isEqualTo("Nouvelle structure");
            assertThat(fresh.kind.name()).isEqualTo("ACI");
            assertThat(fresh.department).as("from the postcode").isEqualTo("93");
            assertThat(fresh.naf).isEqualTo("8121Z");
            assertThat(fresh.organisation.kind.name()).isEqualTo("SIAE");
            assertThat(fresh.activities).extracting(a -> a.sector).containsExactlyInAnyOrder("nettoyage-de-locaux", "plomberie");
            assertThat(fresh.activities).allSatisfy(a -> {
                assertThat(a.geoRange).isEqualTo(GeoRange.DEPARTMENTS);
                assertThat(a.geoDepartments).containsExactly("93");
                assertThat(a.prestaTypes).containsExactly("SERVICE");
            });
            Structure warned = Structure.findBySiret(withWarnings).orElseThrow();
            assertThat(warned.naf).isNull();
            assertThat(warned.email).isNull();
            assertThat(warned.latitude).isNull();
            assertThat(warned.longitude).isNull();
            assertThat(warned.department).isEqualTo("75");
            assertThat(warned.activities.get(0).geoDepartments).containsExactly("75", "93");
            Structure updated = Structure.<Structure>findById(existingId);
            assertThat(updated.name).isEqualTo("Existante mise à jour");
            assertThat(updated.contactName).as("not a column of the file: kept").isEqualTo("Camille Martin");
            assertThat(updated.version).isEqualTo(1);
            assertThat(Structure.findBySiret(unknownDepartment)).isEmpty();
            Structure radiusOnly = Structure.findBySiret(radius).orElseThrow();
            assertThat(radiusOnly.activities.get(0).geoRadiusKm).isEqualTo(30);
        });

        JsonPath again = DirectoryFixtures.importAndWait(utf8(csv), ADMIN);
        assertThat(again.getMap("report")).containsEntry("created", 0).containsEntry("updated", 0)
                .containsEntry("unchanged", 4).containsEntry("rejected", 7);
        QuarkusTransaction.requiringNew().run(() ->
                assertThat(Structure.<Structure>findById(existingId).version).as("untouched").isEqualTo(1));
    }

    private static byte[] download(String id, String file, String token) {
        return given().auth().oauth2(token).when().get("/api/v1/structure-imports/" + id + "/" + file).then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=")).extract().asByteArray();
    }

    /** The records of a CSV file the app wrote: UTF-8 with a BOM, read as the import reads it. */
    private static List<List<String>> records(byte[] csv) {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return CsvText.parse(CsvText.decode(csv)).stream().map(CsvText.Record::cells).toList();
    }

    @Test
    void a_nul_or_control_character_rejects_only_its_row_naming_the_column() {
        String good = siret();
        String nulInDescription = siret();
        String bellInName = siret();
        String otherGood = siret();
        String csv = String.join("\n",
                "siret;name;kind;description;note",
                good + ";Bonne ligne;ACI;Texte;\u0000 colonne inconnue : sans effet",
                "1234\u00005678901234;NUL dans le SIRET;ACI;;",
                nulInDescription + ";NUL dans la description;EI;avant\u0000après;",
                bellInName + ";Cloche\u0007;EI;\u001Bdescription;",
                otherGood + ";Autre bonne ligne;EI;\"Texte\tavec tabulation\r\net retour\";");

        JsonPath job = DirectoryFixtures.importAndWait(utf8(csv), FACILITATOR);

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getMap("report")).containsEntry("created", 2).containsEntry("rejected", 3);
        assertThat(job.getList("report.rejectedRows.line", Integer.class)).containsExactly(3, 4, 5);
        assertThat(job.getString("report.rejectedRows[0].siret")).as("the cell is not a SIRET").isNull();
        assertThat(job.getString("report.rejectedRows[1].siret")).isEqualTo(nulInDescription);
        assertThat(job.getList("report.rejectedRows.reasons", List.class)).containsExactly(
                List.of("Caractère interdit (NUL) dans la colonne siret."),
                List.of("Caractère interdit (NUL) dans la colonne description."),
                List.of("Caractère interdit (U+0007) dans la colonne name.",
                        "Caractère interdit (U+001B) dans la colonne description."));
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Structure.findBySiret(good)).isPresent();
            assertThat(Structure.findBySiret(otherGood).orElseThrow().description)
                    .isEqualTo("Texte\tavec tabulation\r\net retour");
            assertThat(Structure.findBySiret(nulInDescription)).isEmpty();
            assertThat(Structure.findBySiret(bellInName)).isEmpty();
        });
    }

    @Test
    void the_job_lists_the_first_100_rejected_rows_and_warnings_and_the_csv_files_all_of_them() {
        StringBuilder csv = new StringBuilder("siret;name;kind;email\n");
        for (int i = 0; i < 150; i++) {
            csv.append("12345678901234;Rejetée ").append(i).append(";ACI;\n");
        }
        List<String> warned = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String siret = siret();
            warned.add(siret);
            csv.append(siret).append(";Avertie ").append(i).append(";EI;pas-un-mail\n");
        }

        JsonPath job = DirectoryFixtures.importAndWait(utf8(csv.toString()), ADMIN);

        assertThat(job.getMap("report")).containsEntry("created", 120).containsEntry("rejected", 150)
                .containsEntry("warningCount", 120);
        assertThat(job.getList("report.rejectedRows.line", Integer.class))
                .containsExactlyElementsOf(IntStream.rangeClosed(2, 101).boxed().toList());
        assertThat(job.getList("report.warnings.line", Integer.class))
                .containsExactlyElementsOf(IntStream.rangeClosed(152, 251).boxed().toList());
        assertThat(job.getString("report.warnings[99].siret")).isEqualTo(warned.get(99));

        String id = job.getString("id");
        List<List<String>> rejected = records(download(id, "rejected.csv", FACILITATOR));
        assertThat(rejected).hasSize(151);
        assertThat(rejected.get(0)).containsExactly("ligne", "motifs", "siret", "name", "kind", "email");
        assertThat(rejected.get(150)).containsExactly("151",
                "SIRET invalide : 14 chiffres dont la clé de contrôle est juste.", "12345678901234", "Rejetée 149",
                "ACI", "");
        List<List<String>> warnings = records(download(id, "warnings.csv", ADMIN));
        assertThat(warnings).hasSize(121);
        assertThat(warnings.get(0)).containsExactly("ligne", "siret", "avertissement");
        assertThat(warnings.get(120)).containsExactly("271", warned.get(119),
                "email : Adresse e-mail invalide. Valeur ignorée.");
    }

    @Test
    void the_rejected_rows_file_fixed_imports_the_rows() {
        String typo = siret();
        String nul = siret();
        String kept = siret();
        // Commas, an unknown column, a formula: the file comes back with the same columns and values.
        String csv = String.join("\r\n",
                "siret,name,kind,brand,note",
                kept + ",Acceptée,EI,,",
                typo + ",\"Faute de frappe, corrigée\",XYZ,=1+1,\"à voir ; plus tard\"",
                nul + ",Avec NUL\u0000,EI,@marque,");

        JsonPath first = DirectoryFixtures.importAndWait(utf8(csv), FACILITATOR);
        assertThat(first.getMap("report")).containsEntry("created", 1).containsEntry("rejected", 2);

        byte[] rejected = download(first.getString("id"), "rejected.csv", FACILITATOR);
        assertThat(records(rejected)).containsExactly(
                List.of("ligne", "motifs", "siret", "name", "kind", "brand", "note"),
                List.of("3", "Type de structure inconnu : XYZ.", typo, "Faute de frappe, corrigée", "XYZ", "=1+1",
                        "à voir ; plus tard"),
                List.of("4", "Caractère interdit (NUL) dans la colonne name.", nul, "Avec NUL\u0000", "EI", "@marque",
                        ""));
        assertThat(new String(rejected, StandardCharsets.UTF_8)).as("formulas neutralised").contains(";'=1+1;")
                .contains(";'@marque;");

        String fixed = new String(rejected, StandardCharsets.UTF_8).replace(";XYZ;", ";ACI;").replace("\u0000", "");
        JsonPath again = DirectoryFixtures.importAndWait(utf8(fixed), FACILITATOR);

        // The only warning: the unknown column, said once on the header's line (ligne and motifs are known).
        assertThat(again.getMap("report")).containsEntry("created", 2).containsEntry("rejected", 0)
                .containsEntry("warningCount", 1);
        assertThat(again.getList("report.warnings.message", String.class))
                .containsExactly("Colonnes non reconnues, ignorées : « note ».");
        QuarkusTransaction.requiringNew().run(() -> {
            Structure fixedTypo = Structure.findBySiret(typo).orElseThrow();
            assertThat(fixedTypo.name).isEqualTo("Faute de frappe, corrigée");
            assertThat(fixedTypo.brand).isEqualTo("=1+1");
            assertThat(Structure.findBySiret(nul).orElseThrow().brand).isEqualTo("@marque");
        });
    }

    @Test
    void the_csv_files_wait_for_the_end_of_the_job_and_an_unknown_job_is_a_404() {
        UUID running = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            StructureImport job = new StructureImport();
            job.id = running;
            job.status = ImportStatus.RUNNING;
            job.totalRows = 10;
            job.createdAt = Instant.now();
            job.startedAt = job.createdAt;
            job.heartbeatAt = job.createdAt;
            job.persist();
        });
        try {
            for (String file : List.of("rejected.csv", "warnings.csv")) {
                given().auth().oauth2(FACILITATOR).when().get("/api/v1/structure-imports/" + running + "/" + file)
                        .then().statusCode(409).contentType("application/problem+json")
                        .body("detail", startsWith("L'import n'est pas terminé"));
                given().auth().oauth2(ADMIN).when().get("/api/v1/structure-imports/" + UUID.randomUUID() + "/" + file)
                        .then().statusCode(404).contentType("application/problem+json")
                        .body("detail", equalTo("Import introuvable."));
                given().auth().oauth2(BUYER).when().get("/api/v1/structure-imports/" + running + "/" + file)
                        .then().statusCode(403);
                given().when().get("/api/v1/structure-imports/" + running + "/" + file).then().statusCode(401);
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> StructureImport.deleteById(running));
        }
    }

    @Test
    void a_job_another_replica_queued_is_run_from_the_database_and_its_file_deleted() {
        String siret = siret();
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            StructureImport job = new StructureImport();
            job.id = id;
            job.status = ImportStatus.QUEUED;
            job.totalRows = 1;
            job.createdAt = Instant.now();
            job.heartbeatAt = job.createdAt;
            job.persist();
            StructureImportFile file = new StructureImportFile();
            file.importId = id;
            file.content = utf8("siret;name;kind\n" + siret + ";Mise en file ailleurs;EI\n");
            file.persist();
        });

        JsonPath job = DirectoryFixtures.waitFor(id.toString(), FACILITATOR);

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getInt("report.created")).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Structure.findBySiret(siret)).isPresent();
            assertThat(StructureImportFile.<StructureImportFile>findById(id)).as("deleted once done").isNull();
            StructureImport stored = StructureImport.findById(id);
            assertThat(stored.startedAt).isNotNull();
            assertThat(stored.created).isEqualTo(1);
        });
    }

    @Test
    void an_export_neutralises_formulas_and_imports_back_to_the_same_values() {
        String word = DirectoryFixtures.word();
        Map<String, Object> profile = profile("Formule " + word);
        profile.put("brand", "=HYPERLINK(\"http://x\",\"y\")");
        profile.put("postCode", "33000");
        profile.put("city", "Bordeaux");
        profile.put("latitude", 44.8378);
        profile.put("longitude", -0.5);
        profile.put("phone", "+33 5 56 00 00 00");
        profile.put("description", "- nettoyage\n@équipe");
        UUID id = create(profile);

        byte[] csv = given().auth().oauth2(BUYER).queryParam("q", word).queryParam("layout", "import").when()
                .get("/api/v1/structures/export.csv")
                .then().statusCode(200).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains(";\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";")
                .contains(";44.8378;-0.5;\"'- nettoyage\n@équipe\";").contains(";'+33 5 56 00 00 00;");
        assertThat(text).doesNotContain(";=").doesNotContain(";+").doesNotContain(";@");

        JsonPath job = DirectoryFixtures.importAndWait(csv, FACILITATOR);

        assertThat(job.getMap("report")).containsEntry("unchanged", 1).containsEntry("updated", 0)
                .containsEntry("created", 0).containsEntry("rejected", 0).containsEntry("warningCount", 0);
        QuarkusTransaction.requiringNew().run(() -> {
            Structure stored = Structure.findById(id);
            assertThat(stored.brand).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(stored.longitude).isEqualTo(-0.5);
            assertThat(stored.phone).isEqualTo("+33 5 56 00 00 00");
            assertThat(stored.description).isEqualTo("- nettoyage\n@équipe");
            assertThat(stored.version).as("untouched").isZero();
        });
    }

    @Test
    void a_dropped_value_keeps_the_stored_one_while_an_empty_cell_clears_it() {
        Map<String, Object> existing = profile("Valeurs conservées");
        existing.put("phone", "01 23 45 67 89");
        UUID id = create(existing);
        String csv = String.join("\n",
                "siret;name;kind;email;phone;latitude;longitude",
                existing.get("siret") + ";Valeurs conservées;ACI;pas-un-mail;;abc;2.5");

        JsonPath job = DirectoryFixtures.importAndWait(utf8(csv), FACILITATOR);

        assertThat(job.getMap("report")).containsEntry("updated", 1).containsEntry("rejected", 0);
        assertThat(job.getList("report.warnings.message", String.class)).containsExactly(
                "latitude : nombre attendu. Valeur ignorée.",
                "email : Adresse e-mail invalide. Valeur ignorée.",
                "longitude : Coordonnées incomplètes : latitude et longitude vont ensemble. Valeur ignorée.");
        QuarkusTransaction.requiringNew().run(() -> {
            Structure stored = Structure.<Structure>findById(id);
            assertThat(stored.email).as("dropped: kept").isEqualTo("contact@example.org");
            assertThat(stored.latitude).as("unreadable: the stored point is kept").isEqualTo(48.8611);
            assertThat(stored.longitude).isEqualTo(2.4437);
            assertThat(stored.phone).as("empty cell: cleared").isNull();
        });
    }

    @Test
    void a_windows_1252_file_with_commas_is_read() {
        String siret = siret();
        byte[] csv = ("\"siret\",name,kind,city\r\n" + siret + ",\"Été, Solidarité & Cie\",EI,Créteil\r\n")
                .getBytes(Charset.forName("windows-1252"));
        JsonPath job = DirectoryFixtures.importAndWait(csv, FACILITATOR);
        assertThat(job.getInt("report.created")).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> {
            Structure structure = Structure.findBySiret(siret).orElseThrow();
            assertThat(structure.name).isEqualTo("Été, Solidarité & Cie");
            assertThat(structure.city).isEqualTo("Créteil");
        });
    }

    @Test
    void a_file_without_the_required_columns_is_refused_at_once() {
        String expected = "Colonnes obligatoires absentes : « Type de structure » (kind). Colonnes non reconnues : "
                + "« raison sociale », « ville ». La première ligne doit nommer les colonnes, par leur nom en "
                + "français ou leur code (voir le modèle à télécharger).";
        long jobsBefore = QuarkusTransaction.requiringNew().call(() -> StructureImport.count());
        given().auth().oauth2(FACILITATOR).contentType("text/csv").body(utf8("siret;NOM;raison sociale;ville\n123;x;y;z\n"))
                .when().post("/api/v1/structure-imports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo(expected))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", equalTo(expected));
        given().auth().oauth2(FACILITATOR).contentType("text/csv").body(utf8("a;b\n1;2\n")).when()
                .post("/api/v1/structure-imports").then().statusCode(400)
                .body("detail", startsWith("Colonnes obligatoires absentes : « SIRET » (siret), « Nom » (name), "
                        + "« Type de structure » (kind). Colonnes non reconnues : « a », « b »."));
        assertThat(QuarkusTransaction.requiringNew().call(() -> StructureImport.count())).isEqualTo(jobsBefore);
    }

    @Test
    void a_file_over_50_mb_is_refused_before_any_job_is_created() throws Exception {
        long jobsBefore = QuarkusTransaction.requiringNew().call(() -> StructureImport.count());
        // Announced length and Expect: 100-continue, as browsers and HTTP clients send large
        // uploads: refused on the length, before the client sends 51 MB the server would not read.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/structure-imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + FACILITATOR + "\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: " + 51 * 1024 * 1024 + "\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = readResponse(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("payload-too-large").contains("50 Mo");
        }
        long jobsAfter = QuarkusTransaction.requiringNew().call(() -> StructureImport.count());
        assertThat(jobsAfter).isEqualTo(jobsBefore);
    }

    /** An HTTP/1.1 response, headers and body (by its Content-Length), from a connection left open. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void only_facilitators_and_admins_import() {
        given().auth().oauth2(BUYER).contentType("text/csv").body(utf8("siret;name;kind\n")).when()
                .post("/api/v1/structure-imports").then().statusCode(403);
        given().contentType("text/csv").body(utf8("siret;name;kind\n")).when()
                .post("/api/v1/structure-imports").then().statusCode(401);
        given().auth().oauth2(BUYER).when().get("/api/v1/structure-imports/" + UUID.randomUUID()).then().statusCode(403);
        given().when().get("/api/v1/structure-imports/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(ADMIN).when().get("/api/v1/structure-imports/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void an_export_imports_back_unchanged() {
        String word = DirectoryFixtures.word();
        Map<String, Object> first = profile("Export un " + word);
        first.put("naf", "8121Z");
        first.put("description", "Texte avec ; point-virgule, \"guillemets\"\net retour à la ligne");
        first.put("website", "https://export.example.org");
        UUID one = create(first);
        addActivity(one, activity("nettoyage-de-locaux", "DEPARTMENTS", List.of("93", "75"), null));
        addActivity(one, activity("plomberie", "DEPARTMENTS", List.of("93", "75"), null));
        Map<String, Object> second = profile("Export deux " + word);
        second.put("latitude", null);
        second.put("longitude", null);
        UUID two = create(second);
        addActivity(two, activity("manutention", "RADIUS", null, 40));

        byte[] csv = given().auth().oauth2(BUYER).queryParam("q", word).queryParam("layout", "import").when()
                .get("/api/v1/structures/export.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"structures.csv\"")
                .extract().asByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF" + String.join(";", StructureCsv.COLUMNS));
        assertThat(text).contains("nettoyage-de-locaux|plomberie;SERVICE;DEPARTMENTS;75|93;");

        JsonPath job = DirectoryFixtures.importAndWait(csv, FACILITATOR);
        assertThat(job.getMap("report")).containsEntry("created", 0).containsEntry("updated", 0)
                .containsEntry("unchanged", 2).containsEntry("rejected", 0);
        assertThat(job.getList("report.warnings")).isEmpty();
        given().when().get("/api/v1/structures/export.csv").then().statusCode(401);
    }
}
