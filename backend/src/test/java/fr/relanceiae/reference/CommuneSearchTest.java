package fr.relanceiae.reference;

import static fr.relanceiae.reference.ReferenceTokens.tokenFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class CommuneSearchTest {

    private static final String SAINT_DENIS_93 = "93066";
    private static final String MONTREUIL_93 = "93048";

    /**
     * The search as SQL computed it before it moved to memory (V2's indexed search
     * column replaced by f_search_name of the name): the in-memory index must give
     * the same communes in the same order.
     */
    private static final String SQL_BY_NAME = """
            SELECT c.insee_code FROM commune c JOIN department d ON d.code = c.department_code
            WHERE public.f_search_name(:q) <> ''
              AND (public.f_search_name(c.name) LIKE public.f_search_name(:q) || '%'
                   OR public.f_search_name(c.name) LIKE '% ' || public.f_search_name(:q) || '%')
            ORDER BY CASE WHEN public.f_search_name(c.name) = public.f_search_name(:q) THEN 0
                          WHEN public.f_search_name(c.name) LIKE public.f_search_name(:q) || '%' THEN 1
                          ELSE 2 END,
                     CASE WHEN d.region_code = '11' THEN 0 ELSE 1 END,
                     public.f_search_name(c.name), c.insee_code
            LIMIT 20
            """;
    private static final String SQL_BY_POSTCODE = """
            SELECT c.insee_code FROM commune c JOIN department d ON d.code = c.department_code
            WHERE EXISTS (SELECT 1 FROM unnest(c.post_codes) p WHERE p LIKE :q || '%')
            ORDER BY CASE WHEN :q = ANY (c.post_codes) THEN 0 ELSE 1 END,
                     CASE WHEN d.region_code = '11' THEN 0 ELSE 1 END,
                     public.f_search_name(c.name), c.insee_code
            LIMIT 20
            """;

    @Inject
    EntityManager entityManager;

    @ParameterizedTest
    @ValueSource(strings = { "m", "s", "x", "é", "mo", "le", "en", "mont", "Montreuil", "saint", "st denis",
            "sainte", "denis", "sur", "sous", "l'", "ile", "la roche", "y", "zz", "paris", "93", "931", "9310",
            "93100", "75", "750", "97", "98", "2a", "06" })
    void the_in_memory_search_answers_what_the_sql_search_did(String q) {
        boolean postcode = q.matches("\\d{2,5}");
        @SuppressWarnings("unchecked")
        List<String> sql = entityManager.createNativeQuery(postcode ? SQL_BY_POSTCODE : SQL_BY_NAME)
                .setParameter("q", q).getResultList();

        assertThat(search(q).getList("inseeCode", String.class)).isEqualTo(sql);
    }

    @Test
    void an_exact_name_comes_before_names_that_start_with_it() {
        assertThat(names("paris")).startsWith("Paris", "Paris-l'Hôpital");
    }

    @Test
    void a_commune_is_returned_with_its_postcodes_and_centre() {
        Map<String, Object> montreuil = search("Montreuil").getMap("find { it.inseeCode == '" + MONTREUIL_93 + "' }");

        assertThat(montreuil).containsEntry("name", "Montreuil").containsEntry("departmentCode", "93")
                .containsEntry("postCodes", List.of("93100")).containsKeys("latitude", "longitude");
    }

    @Test
    void a_commune_without_coordinates_has_no_latitude_nor_longitude() {
        Map<String, Object> alo = search("Alo").getMap("find { it.inseeCode == '98611' }");

        assertThat(alo).containsEntry("name", "Alo").doesNotContainKeys("latitude", "longitude");
    }

    @Test
    void case_and_accents_are_ignored() {
        assertThat(names("ÉVRY")).startsWith("Évry", "Évry-Courcouronnes", "Évry-Grégy-sur-Yerre");
        assertThat(names("evry courcou")).containsExactly("Évry-Courcouronnes");
    }

    @Test
    void hyphens_and_apostrophes_are_ignored() {
        assertThat(names("saint ouen")).contains("Saint-Ouen");
        assertThat(names("l ile saint denis")).containsExactly("L'Île-Saint-Denis");
        assertThat(names("L'Île-Saint-Denis")).containsExactly("L'Île-Saint-Denis");
        assertThat(names("l’oree d’ecouves")).containsExactly("L’Orée-d’Écouves");
    }

    @Test
    void st_stands_for_saint_and_ile_de_france_comes_first_among_equals() {
        JsonPath result = search("st denis");

        assertThat(result.getList("inseeCode")).first().isEqualTo(SAINT_DENIS_93);
        // The four communes named Saint-Denis (Seine-Saint-Denis first), then the longer names, Île-de-France first.
        assertThat(result.getList("name")).startsWith("Saint-Denis", "Saint-Denis", "Saint-Denis", "Saint-Denis",
                "Saint-Denis-lès-Rebais", "Saint-Denis-Catus");
        assertThat(names("ste foy")).startsWith("Sainte-Foy", "Sainte-Foy", "Sainte-Foy", "Sainte-Foy",
                "Sainte-Foy-d'Aigrefeuille").endsWith("Sainte-Foy-Tarentaise", "Port-Sainte-Foy-et-Ponchapt");
    }

    @Test
    void ile_de_france_comes_first_among_exact_matches_and_among_prefix_matches() {
        JsonPath result = search("saint ouen");

        assertThat(result.getList("inseeCode")).first().isEqualTo("93070");
        assertThat(result.getList("name")).startsWith("Saint-Ouen", "Saint-Ouen", "Saint-Ouen",
                "Saint-Ouen-en-Brie", "Saint-Ouen-l'Aumône", "Saint-Ouen-sur-Morin", "Saint-Ouen-d'Aunis");
    }

    @Test
    void a_later_word_of_the_name_matches_after_the_names_that_start_with_the_query() {
        assertThat(names("aumone")).containsExactly("Saint-Ouen-l'Aumône");
        assertThat(names("denis")).startsWith("L'Île-Saint-Denis", "Le Mesnil-Saint-Denis", "Le Tertre-Saint-Denis",
                "Saint-Denis", "Saint-Denis-lès-Rebais", "Vert-Saint-Denis", "Villeneuve-Saint-Denis");
    }

    @Test
    void a_postcode_finds_its_communes() {
        assertThat(search("93100").getList("inseeCode")).containsExactly(MONTREUIL_93);
        assertThat(search("93200").getList("inseeCode")).containsExactly(SAINT_DENIS_93);
        assertThat(names("75011")).containsExactly("Paris");
    }

    @Test
    void the_start_of_a_postcode_finds_communes_with_a_postcode_that_starts_with_it() {
        JsonPath result = search("931");

        assertThat(result.getList("name")).contains("Montreuil", "Noisy-le-Sec");
        assertThat(result.getList("postCodes", List.class)).allSatisfy(
                codes -> assertThat(codes).anySatisfy(code -> assertThat((String) code).startsWith("931")));
    }

    @Test
    void at_most_twenty_communes_are_returned() {
        assertThat(names("saint")).hasSize(CommuneIndex.MAX_RESULTS);
        assertThat(names("93")).hasSize(CommuneIndex.MAX_RESULTS);
    }

    @Test
    void a_query_with_nothing_searchable_finds_nothing() {
        assertThat(names("'-'")).isEmpty();
        assertThat(names("zzzzzz")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   " })
    void a_blank_query_is_a_validation_error_on_q(String q) {
        given().auth().oauth2(tokenFor(Roles.BUYER)).queryParam("q", q)
                .when().get("/api/v1/communes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/validation"))
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void a_missing_query_is_a_validation_error_on_q() {
        given().auth().oauth2(tokenFor(Roles.BUYER))
                .when().get("/api/v1/communes")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void a_query_longer_than_100_characters_is_a_validation_error_on_q() {
        given().auth().oauth2(tokenFor(Roles.BUYER)).queryParam("q", "a".repeat(101))
                .when().get("/api/v1/communes")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    private static List<String> names(String q) {
        return search(q).getList("name");
    }

    private static JsonPath search(String q) {
        return given().auth().oauth2(tokenFor(Roles.BUYER)).queryParam("q", q)
                .when().get("/api/v1/communes")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }
}
