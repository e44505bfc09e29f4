package fr.relanceiae.directory.profile;

import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.FACILITATOR;
import static fr.relanceiae.directory.DirectoryFixtures.as;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static fr.relanceiae.directory.DirectoryFixtures.siret;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relanceiae.account.AppUser;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * A structure's profile, members and directory queries refuse values that would
 * cost CPU or make PostgreSQL fail (huge exponents, NUL bytes, oversized text)
 * with a 400 naming the field, and write nothing.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class StructureInputBoundsTest {

    private static final String PROBLEMS = "https://relance-iae.fr/problems/";
    private static final String HUGE_NEGATIVE_EXPONENT = "1e-2000000";

    /** A sanity bound, not a benchmark: rounding such a number took seconds. */
    private static final long FAST_MILLIS = 1_000;

    private static ValidatableResponse refusedNaming(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", hasItem(field));
    }

    private static String json(Map<String, Object> profile, String field, String rawNumber) {
        Map<String, Object> copy = new HashMap<>(profile);
        copy.put(field, 0);
        String body = new ObjectMapper().valueToTree(copy).toString();
        return body.replace("\"" + field + "\":0", "\"" + field + "\":" + rawNumber);
    }

    private static StructureSnapshot snapshot(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Structure s = Structure.findById(id);
            return new StructureSnapshot(s.name, s.description, s.insertionFte, s.version);
        });
    }

    private record StructureSnapshot(String name, String description, BigDecimal insertionFte, long version) {
    }

    private static String etag(UUID id) {
        return DirectoryFixtures.get(id, FACILITATOR).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void a_huge_exponent_in_a_structure_update_is_a_fast_400_naming_the_field_and_changes_nothing() {
        Map<String, Object> profile = profile("Exposant énorme");
        UUID id = create(profile);
        StructureSnapshot before = snapshot(id);

        long started = System.nanoTime();
        refusedNaming(as(FACILITATOR).header("If-Match", etag(id)).body(json(profile, "insertionFte", HUGE_NEGATIVE_EXPONENT))
                .when().put("/api/v1/structures/" + id).then(), "insertionFte");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMillis).as("answered without rounding the number").isLessThan(FAST_MILLIS);
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void a_huge_positive_exponent_is_refused_too() {
        Map<String, Object> profile = profile("Exposant positif");
        UUID id = create(profile);
        refusedNaming(as(FACILITATOR).header("If-Match", etag(id)).body(json(profile, "insertionFte", "1e2000000"))
                .when().put("/api/v1/structures/" + id).then(), "insertionFte");
        refusedNaming(as(FACILITATOR).body(json(profile("Prix"), "priceMin", HUGE_NEGATIVE_EXPONENT))
                .when().post("/api/v1/structures/" + id + "/offers").then(), "priceMin");
    }

    @Test
    void a_fraction_for_a_whole_number_is_a_400_naming_the_field_never_rounded() {
        Map<String, Object> profile = profile("Effectif fractionnaire");
        UUID id = create(profile);
        StructureSnapshot before = snapshot(id);
        Integer headcountBefore = QuarkusTransaction.requiringNew()
                .call(() -> Structure.<Structure>findById(id).permanentHeadcount);

        refusedNaming(as(FACILITATOR).header("If-Match", etag(id)).body(json(profile, "permanentHeadcount", "1.5"))
                .when().put("/api/v1/structures/" + id).then(), "permanentHeadcount");

        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Structure.<Structure>findById(id).permanentHeadcount))
                .isEqualTo(headcountBefore);
    }

    @Test
    void numbers_beyond_their_type_or_too_long_to_read_are_a_400_naming_the_field() {
        Map<String, Object> profile = profile("Nombres démesurés");
        refusedNaming(as(FACILITATOR).body(json(profile, "annualRevenue", "99999999999999999999999"))
                .when().post("/api/v1/structures").then(), "annualRevenue");
        refusedNaming(as(FACILITATOR).body(json(profile, "permanentHeadcount", "1e400"))
                .when().post("/api/v1/structures").then(), "permanentHeadcount");
        refusedNaming(as(FACILITATOR).body(json(profile, "insertionFte", "1" + "0".repeat(200)))
                .when().post("/api/v1/structures").then(), "insertionFte");
        refusedNaming(as(FACILITATOR).body(json(profile, "permanentHeadcount", "-2147483649"))
                .when().post("/api/v1/structures").then(), "permanentHeadcount");
    }

    @Test
    void a_huge_exponent_in_the_search_is_a_fast_400_naming_the_parameter() {
        long started = System.nanoTime();
        refusedNaming(given().auth().oauth2(BUYER).queryParam("minInsertionFte", HUGE_NEGATIVE_EXPONENT)
                .when().get("/api/v1/structures").then(), "minInsertionFte");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(FAST_MILLIS);
        refusedNaming(given().auth().oauth2(BUYER).queryParam("lat", "NaN").queryParam("lon", "2")
                .queryParam("radiusKm", "10").when().get("/api/v1/structures").then(), "lat");
    }

    @Test
    void a_huge_exponent_in_an_imported_cell_drops_the_value_with_a_warning() {
        String siret = siret();
        String csv = "siret;name;kind;insertion_fte\n" + siret + ";Import exposant;ACI;" + HUGE_NEGATIVE_EXPONENT + "\n";
        String jobId = given().auth().oauth2(FACILITATOR).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/structure-imports")
                .then().statusCode(202).extract().path("id");
        JsonPath job = waitFor(jobId);

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getList("report.warnings.message", String.class))
                .containsExactly("insertion_fte : nombre attendu. Valeur ignorée.");
        QuarkusTransaction.requiringNew().run(() -> {
            Structure imported = Structure.findBySiret(siret).orElseThrow();
            assertThat(imported.name).isEqualTo("Import exposant");
            assertThat(imported.insertionFte).isNull();
        });
    }

    private static JsonPath waitFor(String jobId) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            JsonPath job = given().auth().oauth2(FACILITATOR).when().get("/api/v1/structure-imports/" + jobId)
                    .then().statusCode(200).extract().jsonPath();
            if (List.of("DONE", "FAILED").contains(job.getString("status"))) {
                return job;
            }
            assertThat(System.currentTimeMillis()).as("import finished").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void a_nul_byte_in_a_structure_text_field_is_a_400_naming_it_and_changes_nothing() {
        Map<String, Object> profile = profile("Sans octet nul");
        UUID id = create(profile);
        StructureSnapshot before = snapshot(id);
        Map<String, Object> dirty = new HashMap<>(profile);
        dirty.put("name", "Nom\u0000piégé");
        refusedNaming(as(FACILITATOR).header("If-Match", etag(id)).body(dirty).when().put("/api/v1/structures/" + id)
                .then(), "name");
        assertThat(snapshot(id)).isEqualTo(before);

        dirty = new HashMap<>(profile);
        dirty.put("clientReferences", List.of(Map.of("name", "Client", "description", "a\u0000b")));
        refusedNaming(as(FACILITATOR).header("If-Match", etag(id)).body(dirty).when().put("/api/v1/structures/" + id)
                .then(), "clientReferences[0].description");
        assertThat(snapshot(id)).isEqualTo(before);

        Map<String, Object> created = new HashMap<>(profile("Création"));
        created.put("brand", "\u0000");
        refusedNaming(as(FACILITATOR).body(created).when().post("/api/v1/structures").then(), "brand");
        QuarkusTransaction.requiringNew().run(() ->
                assertThat(Structure.findBySiret((String) created.get("siret"))).isEmpty());
    }

    @Test
    void a_nul_byte_in_a_list_item_names_its_position() {
        Map<String, Object> dirty = new HashMap<>(profile("Liste piégée"));
        dirty.put("labels", List.of("rge", "es\u0000us"));
        refusedNaming(as(FACILITATOR).body(dirty).when().post("/api/v1/structures").then(), "labels[1]");
    }

    @Test
    void a_900_kB_description_is_a_400_naming_it_and_changes_nothing() {
        Map<String, Object> profile = profile("Description bornée");
        UUID id = create(profile);
        StructureSnapshot before = snapshot(id);
        Map<String, Object> huge = new HashMap<>(profile);
        huge.put("description", "x".repeat(900_000));

        refusedNaming(as(FACILITATOR).header("If-Match", etag(id)).body(huge).when().put("/api/v1/structures/" + id)
                .then(), "description");
        assertThat(snapshot(id)).isEqualTo(before);

        Map<String, Object> justRight = new HashMap<>(profile);
        justRight.put("description", "x".repeat(StructureRules.MAX_DESCRIPTION_LENGTH));
        as(FACILITATOR).header("If-Match", etag(id)).body(justRight).when().put("/api/v1/structures/" + id)
                .then().statusCode(200);
    }

    @Test
    void a_nul_byte_in_a_siret_path_is_a_400_naming_it() {
        refusedNaming(given().auth().oauth2(BUYER).urlEncodingEnabled(false)
                .when().get("/api/v1/structures/by-siret/1234%0056789").then(), "siret");
        refusedNaming(given().auth().oauth2(BUYER).when().get("/api/v1/structures/by-siret/" + "1".repeat(31)).then(),
                "siret");
    }

    @Test
    void a_nul_byte_in_a_search_parameter_is_a_400_naming_it() {
        refusedNaming(given().auth().oauth2(BUYER).urlEncodingEnabled(false)
                .when().get("/api/v1/structures?q=net%00toyage").then(), "q");
        refusedNaming(given().auth().oauth2(BUYER).urlEncodingEnabled(false)
                .when().get("/api/v1/structures?label=rge&label=%00").then(), "label");
    }

    @Test
    void a_search_page_beyond_the_last_allowed_is_a_400_naming_it() {
        refusedNaming(given().auth().oauth2(BUYER).queryParam("page", 123456789)
                .when().get("/api/v1/structures").then(), "page");
    }

    @Test
    void a_nul_byte_in_a_member_display_name_is_a_400_and_no_user_is_created() {
        UUID id = create(profile("Membre piégé"));
        String email = TestAccounts.uniqueEmail("nul");
        refusedNaming(as(FACILITATOR).body(Map.of("email", email, "displayName", "Jean\u0000Dupont"))
                .when().post("/api/v1/structures/" + id + "/members").then(), "displayName");
        QuarkusTransaction.requiringNew().run(() -> assertThat(AppUser.findByEmail(email)).isEmpty());
    }
}
