package fr.relanceiae.directory.search;

import static fr.relanceiae.directory.DirectoryFixtures.FACILITATOR;
import static fr.relanceiae.directory.DirectoryFixtures.activity;
import static fr.relanceiae.directory.DirectoryFixtures.addActivity;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
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
import io.restassured.path.json.JsonPath;

/**
 * Facet counts that tell the truth: the kinds and the sector groups, whose chosen values
 * are alternatives, count each value as if it were chosen too (their own filter left out,
 * every other one applied); the ordering's tie-breaks; the "Avec coordonnées" filter.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructureSearchFacetsTest {

    private static final String BUILDING = "batiments-et-travaux-publics";
    private static final String CLEANING = "hygiene-et-proprete";
    /** Montreuil, where {@link DirectoryFixtures#profile} puts a structure. */
    private static final double LAT = 48.8611;
    private static final double LON = 2.4437;

    /** In every structure below, so that the demo structures stay out of the results. */
    private final String word = DirectoryFixtures.word();
    private String buildingEi;
    private String buildingAci;
    private String cleaningAci;
    private String cleaningEi;
    private String cleaningFar;

    @BeforeEach
    void five_structures_once() {
        if (buildingEi == null) {
            fiveStructures();
        }
    }

    private void fiveStructures() {
        // Two in the building trades, three in cleaning (one in Lyon), none in both.
        Map<String, Object> one = profile("Bâti Un " + word);
        one.put("kind", "EI");
        buildingEi = structure(one, "plomberie");
        Map<String, Object> two = profile("Bâti Deux " + word);
        two.put("email", null); // no e-mail, phone or website
        buildingAci = structure(two, "plomberie");
        Map<String, Object> three = profile("Propre Un " + word);
        three.put("description", "Nettoyage de vitres en hauteur.");
        cleaningAci = structure(three, "nettoyage-de-locaux");
        Map<String, Object> four = profile("Propre Deux " + word);
        four.put("kind", "EI");
        four.put("email", null);
        four.put("phone", "01 48 57 00 00"); // a phone is enough
        cleaningEi = structure(four, "nettoyage-de-locaux");
        Map<String, Object> far = profile("Propre Loin " + word);
        far.put("email", null);
        far.put("website", "https://propre-loin.example.org"); // a website is enough
        far.put("postCode", "69001");
        far.put("city", "Lyon");
        far.put("latitude", 45.7676);
        far.put("longitude", 4.8345);
        cleaningFar = structure(far, "nettoyage-de-locaux");
    }

    private static String structure(Map<String, Object> profile, String sector) {
        UUID id = create(profile);
        addActivity(id, activity(sector, "DEPARTMENTS", List.of(((String) profile.get("postCode")).substring(0, 2)),
                null));
        return id.toString();
    }

    private JsonPath search(Object... parameters) {
        var request = given().auth().oauth2(FACILITATOR);
        if (!List.of(parameters).contains("q")) {
            request = request.queryParam("q", word);
        }
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.when().get("/api/v1/structures").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Integer> counts(JsonPath page, String facet) {
        Map<String, Integer> counts = new HashMap<>();
        List<Map<String, Object>> values = page.getList("facets." + facet);
        values.forEach(value -> counts.put((String) value.get("value"), (Integer) value.get("count")));
        return counts;
    }

    @Test
    void without_a_choice_every_facet_counts_the_results() {
        JsonPath page = search();
        assertThat(page.getInt("totalItems")).isEqualTo(5);
        assertThat(counts(page, "sectorGroups")).containsOnly(entry(BUILDING, 2), entry(CLEANING, 3));
        assertThat(counts(page, "kinds")).containsOnly(entry("ACI", 3), entry("EI", 2));
        assertThat(counts(page, "departments")).containsOnly(entry("93", 4), entry("69", 1));
        assertThat(page.getInt("facets.withContact")).isEqualTo(4);
    }

    @Test
    void a_chosen_sector_group_leaves_the_other_groups_counting_what_ticking_them_adds() {
        JsonPath page = search("sector", BUILDING);
        assertThat(page.getList("items.id", String.class)).containsExactlyInAnyOrder(buildingEi, buildingAci);
        assertThat(counts(page, "sectorGroups")).as("« Hygiène et Propreté » adds 3, not 0")
                .containsOnly(entry(BUILDING, 2), entry(CLEANING, 3));
        assertThat(page.getString("facets.sectorGroups.find { it.value == '" + CLEANING + "' }.label"))
                .isEqualTo("Hygiène et Propreté");
        // The other facets count the results.
        assertThat(counts(page, "kinds")).containsOnly(entry("ACI", 1), entry("EI", 1));
        assertThat(counts(page, "departments")).containsOnly(entry("93", 2));
        assertThat(page.getInt("facets.withContact")).isEqualTo(1);

        JsonPath both = search("sector", BUILDING, "sector", CLEANING);
        assertThat(both.getInt("totalItems")).as("ticking it adds what it counted").isEqualTo(2 + 3);
        assertThat(counts(both, "sectorGroups")).containsOnly(entry(BUILDING, 2), entry(CLEANING, 3));
        assertThat(counts(search("sector", "plomberie"), "sectorGroups")).as("a sector rather than a group")
                .containsOnly(entry(BUILDING, 2), entry(CLEANING, 3));
    }

    @Test
    void a_chosen_kind_leaves_the_other_kinds_counting_what_ticking_them_adds() {
        JsonPath page = search("kind", "EI");
        assertThat(page.getList("items.id", String.class)).containsExactlyInAnyOrder(buildingEi, cleaningEi);
        assertThat(counts(page, "kinds")).containsOnly(entry("EI", 2), entry("ACI", 3));
        assertThat(counts(page, "sectorGroups")).containsOnly(entry(BUILDING, 1), entry(CLEANING, 1));
        assertThat(search("kind", "EI", "kind", "ACI").getInt("totalItems")).isEqualTo(5);
    }

    @Test
    void each_disjunctive_facet_applies_the_others_filters() {
        JsonPath page = search("sector", BUILDING, "kind", "EI");
        assertThat(page.getList("items.id", String.class)).containsExactly(buildingEi);
        assertThat(counts(page, "kinds")).as("in the building trades").containsOnly(entry("EI", 1), entry("ACI", 1));
        assertThat(counts(page, "sectorGroups")).as("of kind EI").containsOnly(entry(BUILDING, 1), entry(CLEANING, 1));
        assertThat(counts(page, "departments")).containsOnly(entry("93", 1));
        // A presta type no structure here offers: nothing counts, anywhere.
        JsonPath none = search("sector", BUILDING, "kind", "EI", "prestaType", "GOODS");
        assertThat(none.getInt("totalItems")).isZero();
        assertThat(counts(none, "kinds")).isEmpty();
        assertThat(counts(none, "sectorGroups")).isEmpty();
    }

    @Test
    void disjunctive_counts_keep_to_the_text_the_radius_and_the_other_filters() {
        JsonPath near = search("sector", BUILDING, "lat", LAT, "lon", LON, "radiusKm", 20);
        assertThat(near.getInt("totalItems")).isEqualTo(2);
        assertThat(counts(near, "sectorGroups")).as("Lyon is out of the radius")
                .containsOnly(entry(BUILDING, 2), entry(CLEANING, 2));
        assertThat(counts(search("kind", "EI", "lat", LAT, "lon", LON, "radiusKm", 20), "kinds"))
                .containsOnly(entry("EI", 2), entry("ACI", 2));

        JsonPath text = search("q", word + " vitres", "kind", "ACI");
        assertThat(text.getList("items.id", String.class)).containsExactly(cleaningAci);
        assertThat(counts(text, "kinds")).as("only one has both words").containsOnly(entry("ACI", 1));
        assertThat(counts(text, "sectorGroups")).containsOnly(entry(CLEANING, 1));
        // No structure of the building trades has both words: the answer is the ones matching the most words.
        JsonPath fallback = search("q", word + " vitres", "sector", BUILDING);
        assertThat(fallback.getBoolean("allWordsMatched")).isFalse();
        assertThat(fallback.getList("items.id", String.class)).containsExactlyInAnyOrder(buildingEi, buildingAci);

        JsonPath contact = search("sector", BUILDING, "withContact", true);
        assertThat(contact.getList("items.id", String.class)).containsExactly(buildingEi);
        assertThat(counts(contact, "sectorGroups")).containsOnly(entry(BUILDING, 1), entry(CLEANING, 3));
        assertThat(counts(search("sector", BUILDING, "kind", "ACI", "department", "69", "includeNationwide", false),
                "sectorGroups")).containsOnly(entry(CLEANING, 1));
        assertThat(search("sector", BUILDING, "facets", false).getMap("$")).doesNotContainKey("facets");
    }

    @Test
    void with_contact_keeps_the_structures_with_an_email_a_phone_or_a_website() {
        JsonPath page = search("withContact", true);
        assertThat(page.getList("items.id", String.class))
                .containsExactlyInAnyOrder(buildingEi, cleaningAci, cleaningEi, cleaningFar);
        assertThat(page.getInt("facets.withContact")).isEqualTo(4);
        assertThat(search("withContact", false).getInt("totalItems")).isEqualTo(5);
        given().auth().oauth2(FACILITATOR).queryParam("withContact", "peut-être").when().get("/api/v1/structures")
                .then().statusCode(400);
    }

    @Test
    void with_no_text_and_no_point_the_most_complete_profiles_come_first_then_by_name() {
        List<Map<String, Object>> items = given().auth().oauth2(FACILITATOR).queryParam("size", 100).when()
                .get("/api/v1/structures").then().statusCode(200).extract().jsonPath().getList("items");
        for (int i = 1; i < items.size(); i++) {
            assertThat((Integer) items.get(i).get("completionRate")).as("item %d", i)
                    .isLessThanOrEqualTo((Integer) items.get(i - 1).get("completionRate"));
        }
        List<String> byDefault = items.stream().map(item -> (String) item.get("id")).toList();
        assertThat(given().auth().oauth2(FACILITATOR).queryParam("size", 100).queryParam("sort", "completeness").when()
                .get("/api/v1/structures").then().statusCode(200).extract().jsonPath().getList("items.id"))
                .isEqualTo(byDefault);

        // Here: a description makes one more complete, no contact detail one less; equal ones by name.
        assertThat(search("sort", "completeness").getList("items.id", String.class))
                .containsExactly(cleaningAci, buildingEi, cleaningEi, cleaningFar, buildingAci);
        assertThat(search("sort", "name").getList("items.id", String.class))
                .containsExactly(buildingAci, buildingEi, cleaningEi, cleaningFar, cleaningAci);
    }

    @Test
    void around_a_point_equal_relevance_is_ordered_by_distance() {
        String other = DirectoryFixtures.word();
        // Due north of (45, 3) on PostgreSQL's earth sphere (radius 6378.168 km). The word is in the
        // same place of the same texts: equal scores. By name, "Nord" would come before "Sud".
        String far = near("Laverie Nord", other, 7.7);
        String close = near("Laverie Sud", other, 6.1);
        String inName = near("Laverie " + other, other, 15);
        JsonPath page = given().auth().oauth2(FACILITATOR).queryParam("q", other).queryParam("lat", 45)
                .queryParam("lon", 3).queryParam("radiusKm", 20).when().get("/api/v1/structures").then()
                .statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.id", String.class)).as("the name match first, then 6.1 km before 7.7 km")
                .containsExactly(inName, close, far);
        assertThat(page.getList("items.distanceKm", Float.class)).containsExactly(15f, 6.1f, 7.7f);
    }

    private static String near(String name, String word, double km) {
        Map<String, Object> profile = profile(name);
        profile.put("description", "Blanchisserie " + word + ".");
        profile.put("postCode", "43000");
        profile.put("city", "Le Puy-en-Velay");
        profile.put("latitude", 45 + Math.toDegrees(km / 6378.168));
        profile.put("longitude", 3.0);
        UUID id = create(profile);
        addActivity(id, activity("blanchisserie", "DEPARTMENTS", List.of("43"), null));
        return id.toString();
    }
}
