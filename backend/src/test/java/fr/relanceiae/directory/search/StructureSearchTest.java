package fr.relanceiae.directory.search;

import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.PARTNER;
import static fr.relanceiae.directory.DirectoryFixtures.activity;
import static fr.relanceiae.directory.DirectoryFixtures.addActivity;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructureSearchTest {

    /** In every name below, so that the demo structures stay out of the results. */
    private final String word = DirectoryFixtures.word();
    private String cleaning;
    private String plumbing;
    private String staffing;

    @BeforeEach
    void three_structures_once() {
        if (cleaning == null) {
            threeStructures();
        }
    }

    private void threeStructures() {
        Map<String, Object> a = profile("Alpha Propreté " + word);
        a.put("labels", List.of("rge"));
        a.put("networks", List.of("fei"));
        a.put("insertionFte", 12.5);
        a.put("description", "Entretien écologique des bureaux et des écoles.");
        UUID alpha = create(a);
        addActivity(alpha, activity("nettoyage-de-locaux", "DEPARTMENTS", List.of("93"), null));
        DirectoryFixtures.as(DirectoryFixtures.FACILITATOR).body(DirectoryFixtures.offer("Nettoyage de vitres")).when()
                .post("/api/v1/structures/" + alpha + "/offers").then().statusCode(201);

        Map<String, Object> b = profile("Bêta Plomberie " + word);
        b.put("kind", "EI");
        b.put("postCode", "75011");
        b.put("city", "Paris");
        b.put("latitude", 48.8590);
        b.put("longitude", 2.3800);
        b.put("labels", List.of("esus"));
        b.put("insertionFte", 3);
        UUID beta = create(b);
        Map<String, Object> goods = activity("plomberie", "DEPARTMENTS", List.of("75"), null);
        goods.put("prestaTypes", List.of("GOODS", "SERVICE"));
        addActivity(beta, goods);

        Map<String, Object> c = profile("Gamma Intérim " + word);
        c.put("kind", "GEIQ");
        c.put("postCode", "92000");
        c.put("city", "Nanterre");
        c.put("latitude", 48.8924);
        c.put("longitude", 2.2071);
        c.put("insertionFte", null);
        UUID gamma = create(c);
        Map<String, Object> staff = activity("maraichage-legumerie-conserverie", "COUNTRY", null, null);
        staff.put("prestaTypes", List.of("STAFFING"));
        addActivity(gamma, staff);

        cleaning = alpha.toString();
        plumbing = beta.toString();
        staffing = gamma.toString();
    }

    private ValidatableResponse search(Object... parameters) {
        var request = given().auth().oauth2(BUYER);
        if (!List.of(parameters).contains("q")) {
            request = request.queryParam("q", word);
        }
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.when().get("/api/v1/structures").then().statusCode(200);
    }

    private List<String> ids(Object... parameters) {
        return search(parameters).extract().jsonPath().getList("items.id");
    }

    @Test
    void each_filter_narrows_the_results() {
        assertThat(ids()).containsExactlyInAnyOrder(cleaning, plumbing, staffing);
        assertThat(ids("kind", "EI")).containsExactly(plumbing);
        assertThat(ids("sector", "nettoyage-de-locaux")).containsExactly(cleaning);
        assertThat(ids("sector", "hygiene-et-proprete")).as("a group slug").containsExactly(cleaning);
        assertThat(ids("prestaType", "STAFFING")).containsExactly(staffing);
        assertThat(ids("prestaType", "GOODS")).containsExactly(plumbing);
        assertThat(ids("label", "rge")).containsExactly(cleaning);
        assertThat(ids("network", "fei")).containsExactly(cleaning);
        assertThat(ids("minInsertionFte", 10)).containsExactly(cleaning);
        assertThat(ids("minInsertionFte", 3)).containsExactlyInAnyOrder(cleaning, plumbing);
        assertThat(ids("lat", 48.8611, "lon", 2.4437, "radiusKm", 3)).containsExactly(cleaning);
    }

    @Test
    void filters_combine_and_repeated_values_are_alternatives() {
        assertThat(ids("kind", "ACI", "kind", "EI")).containsExactlyInAnyOrder(cleaning, plumbing);
        assertThat(ids("kind", "ACI", "kind", "EI", "label", "esus")).containsExactly(plumbing);
        assertThat(ids("sector", "nettoyage-de-locaux", "sector", "plomberie", "prestaType", "GOODS"))
                .containsExactly(plumbing);
        assertThat(ids("sector", "nettoyage-de-locaux", "prestaType", "GOODS")).as("on the same activity").isEmpty();
        assertThat(ids("department", "75", "kind", "GEIQ")).containsExactly(staffing);
        assertThat(ids("department", "93", "minInsertionFte", 10, "network", "fei", "label", "rge",
                "lat", 48.86, "lon", 2.44, "radiusKm", 3)).containsExactly(cleaning);
    }

    @Test
    void the_department_filter_uses_the_coverage_predicate() {
        assertThat(ids("department", "93")).as("located in 93, or serving it, or nationwide")
                .containsExactlyInAnyOrder(cleaning, staffing);
        assertThat(ids("department", "93", "includeNationwide", false)).containsExactly(cleaning);
        assertThat(ids("department", "92", "includeNationwide", false)).as("located there").containsExactly(staffing);
        assertThat(ids("department", "77")).as("only the nationwide one").containsExactly(staffing);
        assertThat(ids("department", "77", "includeNationwide", false)).isEmpty();
    }

    @Test
    void facets_count_the_whole_filtered_set() {
        search("size", 1)
                .body("items", hasSize(1))
                .body("totalItems", equalTo(3))
                .body("facets.kinds.value", containsInAnyOrder("ACI", "EI", "GEIQ"))
                .body("facets.kinds.count", equalTo(List.of(1, 1, 1)))
                .body("facets.kinds.find { it.value == 'GEIQ' }.label",
                        equalTo("Groupement d'employeurs pour l'insertion et la qualification"))
                .body("facets.departments.value", containsInAnyOrder("75", "92", "93"))
                .body("facets.sectorGroups.value",
                        containsInAnyOrder("hygiene-et-proprete", "batiments-et-travaux-publics", "agro-alimentaire"));
        search("department", "93")
                .body("facets.kinds.value", containsInAnyOrder("ACI", "GEIQ"))
                .body("facets.departments.value", containsInAnyOrder("92", "93"));
        search("facets", false).body("facets", nullValue()).body("totalItems", equalTo(3));
    }

    @Test
    void paging_is_bounded() {
        search("size", 2, "sort", "name").body("items.name", equalTo(List.of("Alpha Propreté " + word,
                "Bêta Plomberie " + word))).body("totalItems", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2));
        search("size", 2, "page", 1, "sort", "name").body("items.name", equalTo(List.of("Gamma Intérim " + word)));
        search("size", 2, "page", 5).body("items", hasSize(0)).body("totalItems", equalTo(3));
        for (Object[] wrong : new Object[][] { { "size", 101 }, { "size", 0 }, { "page", -1 } }) {
            given().auth().oauth2(BUYER).queryParam((String) wrong[0], wrong[1]).when().get("/api/v1/structures")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://relance-iae.fr/problems/validation"))
                    .body("errors.field", equalTo(List.of(wrong[0])));
        }
        given().auth().oauth2(BUYER).queryParam("size", 100).when().get("/api/v1/structures").then().statusCode(200)
                .body("items", hasSize(100));
    }

    @Test
    void text_search_ignores_case_and_accents_and_stems_french_words() {
        assertThat(ids("q", "BETA plomberie " + word)).containsExactly(plumbing);
        assertThat(ids("q", "gamma interim " + word)).containsExactly(staffing);
        assertThat(ids("q", "ecologique ECOLE " + word)).as("description").containsExactly(cleaning);
        assertThat(ids("q", "vitre " + word)).as("offer title, singular").containsExactly(cleaning);
        assertThat(ids("q", "maraîchage " + word)).as("activity sector").containsExactly(staffing);
    }

    @Test
    void names_are_found_despite_a_small_typo() {
        String typo = word.substring(0, 5) + (word.charAt(5) == 'x' ? 'y' : 'x') + word.substring(6);
        List<String> found = given().auth().oauth2(BUYER).queryParam("q", typo).when().get("/api/v1/structures")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(found).containsExactlyInAnyOrder(cleaning, plumbing, staffing);
    }

    @Test
    void a_siren_or_a_siret_finds_the_establishments() {
        String siret = DirectoryFixtures.siret();
        Map<String, Object> first = profile("Établissement principal");
        first.put("siret", siret);
        Map<String, Object> second = profile("Établissement secondaire");
        second.put("siret", DirectoryFixtures.siretOfSiren(siret.substring(0, 9), 2));
        String one = create(first).toString();
        String two = create(second).toString();
        assertThat(ids("q", siret)).containsExactly(one);
        assertThat(ids("q", siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9)))
                .containsExactlyInAnyOrder(one, two);
    }

    @Test
    void relevance_ranks_name_matches_first() {
        assertThat(ids("q", "plomberie " + word)).containsExactly(plumbing);
        var items = search("q", word + " propreté").extract().jsonPath().getList("items.id");
        assertThat(items).first().isEqualTo(cleaning);
    }

    @Test
    void a_radius_search_includes_exactly_what_lies_within() {
        String near = DirectoryFixtures.word();
        // 10 km due north of (45, 3) on PostgreSQL's earth sphere (radius 6378.168 km)
        double north = 45 + Math.toDegrees(10 / 6378.168);
        Map<String, Object> inside = profile("Dix kilomètres " + near);
        inside.put("postCode", "43000");
        inside.put("city", "Le Puy-en-Velay");
        inside.put("latitude", north);
        inside.put("longitude", 3.0);
        String id = create(inside).toString();
        Map<String, Object> nowhere = profile("Sans coordonnées " + near);
        nowhere.put("latitude", null);
        nowhere.put("longitude", null);
        String withoutCoordinates = create(nowhere).toString();

        var request = given().auth().oauth2(PARTNER).queryParam("q", near).queryParam("lat", 45).queryParam("lon", 3);
        request.queryParam("radiusKm", 10.01).when().get("/api/v1/structures").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].distanceKm", equalTo(10.0f));
        given().auth().oauth2(PARTNER).queryParam("q", near).queryParam("lat", 45).queryParam("lon", 3)
                .queryParam("radiusKm", 9.99).when().get("/api/v1/structures").then().statusCode(200)
                .body("items", hasSize(0));
        assertThat(ids("q", near)).containsExactlyInAnyOrder(id, withoutCoordinates);
        given().auth().oauth2(BUYER).queryParam("q", near).when().get("/api/v1/structures").then()
                .body("items[0].distanceKm", nullValue());
    }

    @Test
    void a_point_sorts_by_distance_by_default() {
        // From Montreuil: Alpha is there, Bêta in Paris 11e (≈ 4.6 km), Gamma in Nanterre (≈ 17 km).
        given().auth().oauth2(BUYER).queryParam("lat", 48.8611).queryParam("lon", 2.4437).queryParam("radiusKm", 30)
                .queryParam("kind", "EI").queryParam("kind", "GEIQ").queryParam("label", "esus")
                .when().get("/api/v1/structures").then().statusCode(200)
                .body("items[0].id", equalTo(plumbing));
        List<String> byDistance = search("lat", 48.8611, "lon", 2.4437, "radiusKm", 30, "sort", "distance")
                .extract().jsonPath().getList("items.id");
        assertThat(byDistance).containsExactly(cleaning, plumbing, staffing);
        List<String> byName = search("lat", 48.8611, "lon", 2.4437, "radiusKm", 30, "sort", "name")
                .extract().jsonPath().getList("items.id");
        assertThat(byName).containsExactly(cleaning, plumbing, staffing);
    }

    @Test
    void a_point_needs_all_three_parameters_and_distance_needs_a_point() {
        given().auth().oauth2(BUYER).queryParam("lat", 48.8).queryParam("lon", 2.3).when().get("/api/v1/structures")
                .then().statusCode(400).body("errors.field", equalTo(List.of("radiusKm")));
        given().auth().oauth2(BUYER).queryParam("sort", "distance").when().get("/api/v1/structures")
                .then().statusCode(400).body("errors.field", equalTo(List.of("sort")));
        given().auth().oauth2(BUYER).queryParam("radiusKm", 5000).queryParam("lat", 1).queryParam("lon", 1).when()
                .get("/api/v1/structures").then().statusCode(400).body("errors.field", equalTo(List.of("radiusKm")));
    }

    @Test
    void visitors_search_without_a_token() {
        // The same structures as a buyer finds (the summaries hold no contact detail).
        List<String> asBuyer = search("kind", "ACI").extract().path("items.id");
        given().queryParam("q", word).queryParam("kind", "ACI").when().get("/api/v1/structures").then()
                .statusCode(200).body("items.id", equalTo(asBuyer))
                .body("items[0].sectors", equalTo(List.of("nettoyage-de-locaux")));
    }

    @Test
    void summaries_carry_sectors_kinds_of_service_and_offer_counts() {
        search("kind", "ACI").body("items[0].sectors", equalTo(List.of("nettoyage-de-locaux")))
                .body("items[0].prestaTypes", equalTo(List.of("SERVICE")))
                .body("items[0].offerCount", equalTo(1))
                .body("items[0].labels", equalTo(List.of("rge")))
                .body("items[0].department", equalTo("93"));
    }
}
