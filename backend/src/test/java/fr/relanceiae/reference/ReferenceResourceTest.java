package fr.relanceiae.reference;

import static fr.relanceiae.reference.ReferenceTokens.tokenFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

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
class ReferenceResourceTest {

    private static final int GROUP_COUNT = 20;
    private static final int SECTOR_COUNT = 154;
    private static final int DEPARTMENT_COUNT = 107;

    @Test
    void sectors_are_the_whole_taxonomy_in_french_alphabetical_order() {
        JsonPath body = get("/api/v1/sectors", Roles.SIAE);

        List<String> groupNames = body.getList("name");
        assertThat(groupNames).hasSize(GROUP_COUNT)
                .startsWith("Agro-Alimentaire", "Ameublement, déco, textile & Artisanat")
                .endsWith("Sous-traitance industrielle");
        assertThat(body.getList("sectors.flatten()")).hasSize(SECTOR_COUNT);

        Map<String, Object> building = body.getMap("find { it.slug == 'batiments-et-travaux-publics' }");
        List<String> buildingSectors = body.getList("find { it.slug == 'batiments-et-travaux-publics' }.sectors.name");
        assertThat(building.get("name")).isEqualTo("Bâtiments et Travaux publics");
        assertThat(buildingSectors).hasSize(14)
                .containsSubsequence("Déconstruction, curage, démolition", "Diagnostics & Solutions énergétiques");
        assertThat(body.getList("find { it.slug == 'espaces-verts-exterieurs' }.sectors.slug"))
                .contains("genie-ecologique");
    }

    @Test
    void departments_are_all_listed_by_code_with_their_region_when_they_have_one() {
        JsonPath body = get("/api/v1/departments", Roles.BUYER);

        List<String> codes = body.getList("code");
        assertThat(codes).hasSize(DEPARTMENT_COUNT).isSorted().startsWith("01").endsWith("988")
                .contains("2A", "2B", "971", "976");
        assertThat(body.getMap("find { it.code == '93' }")).isEqualTo(Map.of("code", "93",
                "name", "Seine-Saint-Denis", "regionCode", "11", "regionName", "Île-de-France"));
        assertThat(body.getMap("find { it.code == '987' }")).isEqualTo(Map.of("code", "987",
                "name", "Polynésie française"));
    }

    @Test
    void structure_kinds_are_the_nine_kinds_with_a_label_and_a_description() {
        JsonPath body = get("/api/v1/structure-kinds", Roles.FACILITATOR);

        assertThat(body.getList("code")).containsExactly("ACI", "AI", "EI", "ETTI", "EITI", "GEIQ", "EA", "EATT",
                "ESAT");
        assertThat(body.getString("find { it.code == 'GEIQ' }.label"))
                .isEqualTo("Groupement d'employeurs pour l'insertion et la qualification");
        assertThat(body.getList("description", String.class)).allSatisfy(d -> assertThat(d).isNotBlank().endsWith("."));
    }

    @Test
    void presta_types_are_the_three_kinds_of_service() {
        JsonPath body = get("/api/v1/presta-types", Roles.PARTNER);

        assertThat(body.getList("code")).containsExactly("SERVICE", "STAFFING", "GOODS");
        assertThat(body.getList("label")).containsExactly("Prestation de service", "Mise à disposition de personnel",
                "Fabrication et commercialisation de biens");
    }

    @ParameterizedTest
    @ValueSource(strings = { "sectors", "departments", "structure-kinds", "presta-types", "communes?q=paris" })
    void reference_data_is_public_for_the_directory_search(String path) {
        given().when().get("/api/v1/" + path)
                .then().statusCode(200)
                .contentType("application/json");
    }

    @Test
    void a_rejected_token_is_still_refused() {
        given().auth().oauth2("not-a-token").when().get("/api/v1/sectors")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/unauthorized"));
    }

    @ParameterizedTest
    @ValueSource(strings = { Roles.BUYER, Roles.SIAE, Roles.FACILITATOR, Roles.PARTNER, Roles.ADMIN })
    void every_role_may_read_reference_data(String role) {
        given().auth().oauth2(tokenFor(role)).when().get("/api/v1/presta-types").then().statusCode(200);
    }

    private static JsonPath get(String path, String role) {
        return given().auth().oauth2(tokenFor(role))
                .when().get(path)
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }
}
