package fr.relanceiae.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class WebRoutesTest {

    @Test
    void a_deep_link_of_the_web_app_is_answered_with_index_html() {
        given().accept("text/html,application/xhtml+xml").when().get("/admin/utilisateurs")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("<div id=\"root\">"));
    }

    @Test
    void a_missing_asset_is_not_answered_with_index_html() {
        given().accept("text/html").when().get("/assets/nope.js").then().statusCode(404);
    }

    @Test
    void an_unknown_api_path_is_a_problem_not_the_web_app() {
        given().accept("text/html").when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store")
                .body("type", equalTo("https://relance-iae.fr/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/nothing-here"))
                .body("correlationId", notNullValue());
    }

    @Test
    void a_json_body_over_one_megabyte_is_refused() {
        given().contentType("application/json").body("[\"" + "x".repeat(1024 * 1024) + "\"]")
                .when().post("/api/v1/auth/login")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/payload-too-large"));
    }

    @Test
    void a_cross_origin_request_from_an_unlisted_origin_is_not_allowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/auth/login")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void a_cross_origin_request_from_a_listed_origin_is_allowed() {
        given().header("Origin", "https://partenaire.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/auth/login")
                .then().header("Access-Control-Allow-Origin", equalTo("https://partenaire.example"));
    }

    @Test
    void the_html_of_the_web_app_is_revalidated_at_each_visit_so_a_deploy_is_seen_at_once() {
        for (String path : new String[] { "/", "/index.html", "/admin/utilisateurs" }) {
            given().accept("text/html").when().get(path)
                    .then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .header("Cache-Control", equalTo("no-cache"));
        }
    }

    @Test
    void a_hashed_asset_is_cached_for_a_year_as_immutable() {
        given().when().get("/assets/index-3f2a1b9c.js")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
    }

    @Test
    void a_missing_asset_is_not_cached_as_immutable() {
        given().when().get("/assets/index-00000000.js")
                .then().statusCode(404)
                .header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void api_answers_forbid_content_sniffing_and_caching() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
        given().contentType("application/json").body("{\"email\":\"x@example.org\",\"password\":\"faux\"}")
                .when().post("/api/v1/auth/login")
                .then().header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
