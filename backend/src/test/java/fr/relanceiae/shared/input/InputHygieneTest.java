package fr.relanceiae.shared.input;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.relanceiae.account.LoginAttempt;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Bad input is answered with a 4xx naming the field or parameter before it
 * reaches PostgreSQL: NUL bytes anywhere, malformed Content-Types, e-mails too
 * long once lower-cased, page numbers whose offset overflows.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class InputHygieneTest {

    private static final String PROBLEMS = "https://relance-iae.fr/problems/";

    @TestHTTPResource("/")
    URI root;

    private static ValidatableResponse refusedNaming(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", hasItem(field));
    }

    private static long loginAttempts() {
        return QuarkusTransaction.requiringNew().call(() -> LoginAttempt.count());
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestAccounts.adminToken());
    }

    @Test
    void a_nul_byte_in_a_login_email_is_a_400_naming_it_and_no_attempt_is_recorded() {
        long attempts = loginAttempts();
        refusedNaming(json().body(Map.of("email", "a\u0000@example.org", "password", "secret"))
                .when().post("/api/v1/auth/login").then(), "email");
        assertThat(loginAttempts()).isEqualTo(attempts);
    }

    @Test
    void other_control_characters_are_refused_but_tab_and_new_lines_are_text() {
        refusedNaming(json().body(Map.of("email", "a\u0007@example.org", "password", "secret"))
                .when().post("/api/v1/auth/login").then(), "email")
                .body("errors[0].message", equalTo(InputRules.CONTROL_CHARACTER_MESSAGE));
        json().body(Map.of("email", "personne@example.org", "password", "tab\there\nand\r\nthere"))
                .when().post("/api/v1/auth/login").then().statusCode(401);
    }

    @Test
    void json_nested_deeper_than_64_levels_is_a_400_malformed_request() {
        String deep = "[".repeat(65) + "]".repeat(65);
        json().body("{\"ignored\":" + deep + ",\"email\":\"a@b.fr\",\"password\":\"x\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "malformed-request"));
    }

    @Test
    void a_nul_byte_in_a_password_reset_is_a_400_naming_the_field() {
        refusedNaming(json().body(Map.of("email", "\u0000")).when().post("/api/v1/auth/password-reset-requests")
                .then(), "email");
        refusedNaming(json().body(Map.of("token", "abc\u0000", "password", "un mot de passe assez long"))
                .when().post("/api/v1/auth/password-resets").then(), "token");
    }

    @Test
    void a_login_email_longer_than_254_characters_once_lower_cased_is_a_400_naming_it() {
        String email = "\u0130".repeat(200) + "@example.org";
        assertThat(email.length()).isLessThanOrEqualTo(254);
        long attempts = loginAttempts();
        refusedNaming(json().body(Map.of("email", email, "password", "secret")).when().post("/api/v1/auth/login")
                .then(), "email");
        assertThat(loginAttempts()).isEqualTo(attempts);
        refusedNaming(json().body(Map.of("email", email)).when().post("/api/v1/auth/password-reset-requests")
                .then(), "email");
    }

    @Test
    void a_nul_byte_in_a_token_request_is_an_oauth_invalid_request() {
        given().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                .body("grant_type=client_credentials&client_id=demo%00&client_secret=secret")
                .when().post("/api/v1/auth/token")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("error", equalTo("invalid_request"));
        given().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                .body("grant_type=client_credentials%00&client_id=demo&client_secret=secret")
                .when().post("/api/v1/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        // Basic credentials are form-encoded before base64 (RFC 6749 §2.3.1): %00 decodes to NUL.
        given().header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo%00:secret".getBytes()))
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .when().post("/api/v1/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void a_malformed_percent_escape_in_a_token_request_is_an_oauth_invalid_request() {
        given().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                .body("grant_type=client_credentials&client_id=%zz&client_secret=secret")
                .when().post("/api/v1/auth/token")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void a_nul_byte_in_a_commune_search_is_a_400_naming_q() {
        refusedNaming(given().auth().oauth2(TestAccounts.buyerToken()).urlEncodingEnabled(false)
                .when().get("/api/v1/communes?q=Mon%00treuil").then(), "q");
    }

    @ParameterizedTest
    @ValueSource(strings = { "users", "organisations", "partner-clients" })
    void a_nul_byte_in_an_admin_list_filter_is_a_400_naming_q(String list) {
        refusedNaming(admin().urlEncodingEnabled(false).when().get("/api/v1/admin/" + list + "?q=%00").then(), "q");
    }

    @ParameterizedTest
    @ValueSource(strings = { "users", "organisations", "partner-clients" })
    void an_admin_list_page_whose_offset_would_overflow_is_a_400_naming_page(String list) {
        refusedNaming(admin().queryParam("page", 123456789).when().get("/api/v1/admin/" + list).then(), "page");
        admin().queryParam("page", 10_000).queryParam("size", 100).when().get("/api/v1/admin/" + list)
                .then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void a_nul_byte_in_an_organisation_name_is_a_400_naming_it_and_nothing_is_created() {
        String name = "Organisation piégée " + UUID.randomUUID();
        refusedNaming(admin().contentType(ContentType.JSON)
                .body(Map.of("name", name + "\u0000", "kind", "PUBLIC_BUYER"))
                .when().post("/api/v1/admin/organisations").then(), "name");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Organisation.count("name like ?1", name + "%")))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "a/b/c", "x", "/", ";", "", "application/json; charset" })
    void a_malformed_content_type_is_a_400_problem(String contentType) throws IOException {
        RawResponse response = post("/api/v1/auth/login", contentType, "{\"email\":\"a@b.fr\",\"password\":\"x\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("content-type")).isEqualTo("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"" + PROBLEMS + "malformed-request\"");
    }

    @ParameterizedTest
    @ValueSource(strings = { "a/b/c", "x", "/", ";", "" })
    void a_malformed_content_type_on_the_token_endpoint_is_an_oauth_invalid_request(String contentType)
            throws IOException {
        RawResponse response = post("/api/v1/auth/token", contentType, "grant_type=client_credentials");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("content-type")).startsWith("application/json");
        assertThat(response.body()).contains("\"error\":\"invalid_request\"");
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/json; charset=\"utf-8\"", "application/json;charset=UTF-8",
            "application/json;" })
    void a_well_formed_content_type_with_parameters_still_reaches_the_resource(String contentType)
            throws IOException {
        RawResponse response = post("/api/v1/auth/login", contentType,
                "{\"email\":\"personne@example.org\",\"password\":\"x\"}");
        assertThat(response.status()).isEqualTo(401);
    }

    private record RawResponse(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /** A request with exactly the Content-Type given (HTTP clients fix or drop malformed ones). */
    private RawResponse post(String path, String contentType, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + content.length + "\r\n\r\n";
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            String[] response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .split("\r\n\r\n", 2);
            String[] lines = response[0].split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    response.length > 1 ? response[1] : "");
        }
    }
}
