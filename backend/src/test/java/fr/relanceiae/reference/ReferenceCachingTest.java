package fr.relanceiae.reference;

import static fr.relanceiae.reference.ReferenceTokens.tokenFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The reference lists may be kept by the browser and revalidated with their ETag. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ReferenceCachingTest {

    private static final String LISTS = "sectors,departments,structure-kinds,presta-types,structure-labels,"
            + "structure-networks";

    @ParameterizedTest
    @ValueSource(strings = { "sectors", "departments", "structure-kinds", "presta-types", "structure-labels",
            "structure-networks" })
    void a_list_carries_a_strong_etag_and_may_be_kept_privately_for_an_hour(String list) {
        Response response = get(list, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("ETag")).matches("\"[0-9a-f]{32}\"");
        assertThat(response.headers().getValues("Cache-Control")).containsExactly("private, max-age=3600");
        assertThat(response.jsonPath().getList("$")).isNotEmpty();
        // The same content gives the same tag.
        assertThat(get(list, null).header("ETag")).isEqualTo(response.header("ETag"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "sectors", "departments", "structure-kinds", "presta-types", "structure-labels",
            "structure-networks" })
    void the_current_tag_in_if_none_match_gets_a_304_without_a_body(String list) {
        String tag = get(list, null).header("ETag");

        Response response = get(list, tag);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.asByteArray()).isEmpty();
        assertThat(response.header("ETag")).isEqualTo(tag);
        assertThat(response.headers().getValues("Cache-Control")).containsExactly("private, max-age=3600");
    }

    @ParameterizedTest
    @ValueSource(strings = { "sectors", "departments", "structure-labels" })
    void a_stale_tag_gets_the_list_again(String list) {
        Response fresh = get(list, null);

        Response response = get(list, "\"0123456789abcdef0123456789abcdef\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo(fresh.header("ETag"));
        assertThat(response.asString()).isEqualTo(fresh.asString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "sectors", "departments" })
    void the_lists_have_different_tags(String list) {
        assertThat(get(list, null).header("ETag")).isNotEqualTo(get("presta-types", null).header("ETag"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "communes?q=mont", "sectors/x", "structures", "structure-kinds/ACI" })
    void other_api_answers_are_still_never_stored(String path) {
        Response response = given().auth().oauth2(tokenFor(Roles.BUYER)).when().get("/api/v1/" + path);

        assertThat(response.headers().getValues("Cache-Control")).as(path).containsExactly("no-store");
        assertThat(LISTS).doesNotContain(path);
    }

    private static Response get(String list, String ifNoneMatch) {
        var request = given().auth().oauth2(tokenFor(Roles.BUYER));
        if (ifNoneMatch != null) {
            request = request.header("If-None-Match", ifNoneMatch);
        }
        return request.when().get("/api/v1/" + list);
    }
}
