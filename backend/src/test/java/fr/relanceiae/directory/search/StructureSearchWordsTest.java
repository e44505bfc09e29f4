package fr.relanceiae.directory.search;

import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The words of a search: the fewest-words fallback and the trade synonyms. Each test puts its
 * structures at its own point out at sea, and searches around it, so that no other structure
 * (demo data, other tests) is in its results.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class StructureSearchWordsTest {

    private static final double LATITUDE = 45.5;

    /** A structure at this test's point (longitude), with this name, description, kind and place. */
    private static String structure(double longitude, String name, String description, String kind, String postCode) {
        Map<String, Object> profile = profile(name);
        profile.put("latitude", LATITUDE);
        profile.put("longitude", longitude);
        profile.put("description", description);
        profile.put("kind", kind);
        profile.put("postCode", postCode);
        return create(profile).toString();
    }

    private static String structure(double longitude, String name, String description) {
        return structure(longitude, name, description, "ACI", "93100");
    }

    /** A search of {@code q} within 1 km of the test's point, by relevance unless told, with these other parameters. */
    private static ValidatableResponse search(double longitude, String q, Object... parameters) {
        var request = given().auth().oauth2(BUYER).queryParam("q", q).queryParam("lat", LATITUDE)
                .queryParam("lon", longitude).queryParam("radiusKm", 1);
        if (!List.of(parameters).contains("sort")) {
            request = request.queryParam("sort", "relevance");
        }
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.when().get("/api/v1/structures").then().statusCode(200);
    }

    private static List<String> ids(double longitude, String q, Object... parameters) {
        return search(longitude, q, parameters).extract().jsonPath().getList("items.id");
    }

    @Test
    void words_that_find_nothing_together_answer_the_structures_matching_the_most_of_them() {
        double here = -3.0;
        String one = DirectoryFixtures.word();
        String two = DirectoryFixtures.word();
        String three = DirectoryFixtures.word();
        String both = structure(here, "Alpha " + one, "Atelier " + two + " et réparations.", "ACI", "93100");
        String first = structure(here, "Bêta " + one, "Atelier de réparations.", "EI", "75011");
        String third = structure(here, "Gamma " + three, "Atelier de réparations.", "GEIQ", "92000");
        String none = structure(here, "Delta", "Atelier de réparations.", "AI", "93100");

        // Each word alone.
        assertThat(ids(here, one)).containsExactlyInAnyOrder(both, first);
        assertThat(ids(here, three)).containsExactly(third);

        search(here, one + " " + two + " " + three)
                .body("allWordsMatched", equalTo(false))
                .body("totalItems", equalTo(3))
                .body("items[0].id", equalTo(both))
                .body("facets.kinds.value", equalTo(List.of("ACI", "EI", "GEIQ")))
                .body("facets.kinds.count", equalTo(List.of(1, 1, 1)));
        assertThat(ids(here, one + " " + two + " " + three)).as("two words first, then one word")
                .containsExactlyInAnyOrder(both, first, third).doesNotContain(none);
        assertThat(ids(here, three + " " + two)).as("as many words: by relevance, a name's word first")
                .containsExactly(third, both);

        // Filters apply to the fallback: its answer, total and facets are the filtered ones.
        search(here, one + " " + two + " " + three, "department", "92", "includeNationwide", false)
                .body("allWordsMatched", equalTo(false))
                .body("totalItems", equalTo(1))
                .body("items.id", equalTo(List.of(third)))
                .body("facets.kinds.value", equalTo(List.of("GEIQ")));
        // A sort asked for is kept.
        assertThat(ids(here, three + " " + one, "sort", "name")).containsExactly(both, first, third);

        // Every word found together: only those, as before.
        search(here, one + " " + two).body("allWordsMatched", equalTo(true)).body("totalItems", equalTo(1))
                .body("items.id", equalTo(List.of(both)));
        String all = structure(here, "Epsilon " + one + " " + three, "Atelier " + two + ".");
        search(here, two + " " + one + " " + three).body("allWordsMatched", equalTo(true))
                .body("totalItems", equalTo(1)).body("items.id", equalTo(List.of(all)));
    }

    @Test
    void more_words_outrank_any_relevance_of_fewer() {
        double here = -3.7;
        String strong = DirectoryFixtures.word();
        String weak = DirectoryFixtures.word();
        String other = DirectoryFixtures.word();
        Map<String, Object> loud = profile(strong + " " + strong);
        loud.put("brand", strong);
        loud.put("latitude", LATITUDE);
        loud.put("longitude", here);
        loud.put("description", strong + " " + strong + " " + strong);
        String oneWord = create(loud).toString();
        String twoWords = structure(here, "Alpha", "Une longue description d'un atelier qui répare, recycle et vend des"
                + " objets de toutes sortes, " + weak + ", meubles, vaisselle, livres, jouets, vêtements, " + other + ".");
        assertThat(ids(here, strong + " " + weak + " " + other)).containsExactly(twoWords, oneWord);
    }

    @Test
    void the_export_answers_the_fallback_too() {
        double here = -3.1;
        String one = DirectoryFixtures.word();
        String two = DirectoryFixtures.word();
        Map<String, Object> a = profile("Alpha " + one);
        a.put("latitude", LATITUDE);
        a.put("longitude", here);
        Map<String, Object> b = profile("Bêta " + two);
        b.put("latitude", LATITUDE);
        b.put("longitude", here);
        create(a);
        create(b);
        String csv = new String(given().auth().oauth2(BUYER).queryParam("q", one + " " + two)
                .queryParam("lat", LATITUDE).queryParam("lon", here).queryParam("radiusKm", 1).when()
                .get("/api/v1/structures/export.csv").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains((String) a.get("siret"), (String) b.get("siret"));
    }

    @Test
    void no_words_a_single_word_or_words_finding_nothing_at_all_need_no_notice() {
        double here = -3.2;
        String one = DirectoryFixtures.word();
        String id = structure(here, "Alpha " + one, "Atelier de réparations.");
        given().auth().oauth2(BUYER).queryParam("lat", LATITUDE).queryParam("lon", here).queryParam("radiusKm", 1)
                .when().get("/api/v1/structures").then().statusCode(200)
                .body("allWordsMatched", equalTo(true)).body("items.id", equalTo(List.of(id)));
        search(here, DirectoryFixtures.word()).body("allWordsMatched", equalTo(true)).body("totalItems", equalTo(0));
        search(here, DirectoryFixtures.word() + " " + DirectoryFixtures.word()).body("allWordsMatched", equalTo(true))
                .body("totalItems", equalTo(0));
        search(here, one).body("allWordsMatched", equalTo(true)).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void a_typo_in_one_word_still_finds_all_words_before_the_fallback() {
        double here = -3.3;
        String one = DirectoryFixtures.word();
        String two = DirectoryFixtures.word();
        String both = structure(here, "Alpha " + one + " " + two, "Atelier.");
        String first = structure(here, "Bêta " + one, "Atelier.");
        String typo = two.substring(0, 5) + (two.charAt(5) == 'x' ? 'y' : 'x') + two.substring(6);
        search(here, one + " " + typo).body("allWordsMatched", equalTo(true)).body("items.id", equalTo(List.of(both)));
        assertThat(ids(here, one + " " + DirectoryFixtures.word())).containsExactlyInAnyOrder(both, first);
    }

    @Test
    void a_word_finds_the_structures_described_with_its_synonyms_after_those_using_it() {
        double here = -3.4;
        String laundry = structure(here, "Société Lune", "Blanchisserie industrielle du quartier.");
        String itself = structure(here, "Société Mars", "Laverie industrielle du quartier.");
        String pressing = structure(here, "Société Soleil", "Pressing écologique du quartier.");
        String other = structure(here, "Société Vénus", "Réparation de vélos du quartier.");

        assertThat(ids(here, "laverie")).as("the word's own structure first, none removed")
                .startsWith(itself).containsExactlyInAnyOrder(itself, laundry, pressing).doesNotContain(other);
        assertThat(ids(here, "blanchisseries")).startsWith(laundry).containsExactlyInAnyOrder(itself, laundry, pressing);
        assertThat(ids(here, "bicyclette")).containsExactly(other);
        search(here, "laverie").body("allWordsMatched", equalTo(true)).body("totalItems", equalTo(3));
    }

    @Test
    void a_term_of_several_words_is_a_phrase_as_a_synonym_and_its_words_as_typed() {
        double here = -3.5;
        String green = structure(here, "Alpha", "Création et entretien des espaces verts.");
        String gardener = structure(here, "Bêta", "Paysagiste pour les copropriétés.");
        String apart = structure(here, "Gamma", "Espaces de vente, peintures vertes.");
        assertThat(ids(here, "jardinage")).containsExactlyInAnyOrder(green, gardener);
        assertThat(ids(here, "espaces verts")).as("the words anywhere, as before, and the synonyms")
                .containsExactlyInAnyOrder(green, gardener, apart);
    }

    @Test
    void a_word_matched_through_a_synonym_counts_for_the_fallback() {
        double here = -3.6;
        String tag = DirectoryFixtures.word();
        String laundryAndTag = structure(here, "Alpha " + tag, "Blanchisserie industrielle.");
        String cleaningAndTag = structure(here, "Bêta " + tag, "Nettoyage de bureaux.");
        String laundry = structure(here, "Gamma", "Pressing et retouches.");
        String unrelated = structure(here, "Delta", "Réparation de vélos.");
        // "laverie" (blanchisserie, pressing) and "ménage" (nettoyage) are never found together.
        search(here, "laverie ménage " + tag).body("allWordsMatched", equalTo(false)).body("totalItems", equalTo(3));
        List<String> found = ids(here, "laverie ménage " + tag);
        assertThat(found.subList(0, 2)).as("two words each").containsExactlyInAnyOrder(laundryAndTag, cleaningAndTag);
        assertThat(found).containsExactlyInAnyOrder(laundryAndTag, cleaningAndTag, laundry).doesNotContain(unrelated);
    }
}
