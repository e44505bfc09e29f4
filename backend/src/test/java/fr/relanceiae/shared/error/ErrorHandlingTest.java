package fr.relanceiae.shared.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every kind of framework error is answered as problem+json with a stable type. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ErrorHandlingTest {

    private static final String PROBLEMS = "https://relance-iae.fr/problems/";

    @TestHTTPResource("/api/v1/auth/login")
    URI login;

    @Test
    void an_unexpected_exception_is_a_500_with_a_correlation_id_and_no_stack_trace() {
        String body = given().header("X-Correlation-Id", "trace-42")
                .when().get("/api/v1/test-only/failure")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "internal"))
                .body("correlationId", equalTo("trace-42"))
                .body("detail", containsString("trace-42"))
                .header("X-Correlation-Id", "trace-42")
                .extract().asString();
        assertThat(body).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
    }

    @Test
    void no_database_connection_free_in_time_is_a_503_to_retry_not_a_500() {
        given().when().get("/api/v1/test-only/failure/pool")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo(PROBLEMS + "service-unavailable"))
                .body("detail", containsString("réessayez"));
    }

    @Test
    void a_query_parameter_of_the_wrong_type_is_a_400_naming_the_parameter() {
        given().auth().oauth2(TestAccounts.adminToken())
                .when().get("/api/v1/admin/users?page=abc")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void a_wrong_method_is_a_405_problem() {
        given().when().delete("/api/v1/auth/login")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "method-not-allowed"));
    }

    @Test
    void a_wrong_content_type_is_a_415_problem() {
        given().contentType("text/plain").body("hello")
                .when().post("/api/v1/auth/login")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"));
    }

    @Test
    void malformed_json_is_a_400_problem() {
        given().contentType("application/json").body("{\"email\": ")
                .when().post("/api/v1/auth/login")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "malformed-request"))
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void a_chunked_json_body_over_one_megabyte_is_refused() throws Exception {
        byte[] big = ("{\"email\": \"" + "x".repeat(1024 * 1024) + "\", \"password\": \"p\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(login)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains(PROBLEMS + "payload-too-large");
    }

    @Test
    void validation_messages_are_in_french() {
        given().contentType("application/json").body("{\"email\": \"a@b.fr\", \"password\": \"\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", equalTo("ne doit pas être vide"));
    }
}
