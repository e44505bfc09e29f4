package fr.relanceiae.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestAccounts.TestUser;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class LoginTest {

    private static final String INVALID_CREDENTIALS = "https://relance-iae.fr/problems/invalid-credentials";

    @Test
    void a_demo_buyer_logs_in_and_gets_a_signed_token_and_a_refresh_cookie() throws Exception {
        String accessToken = login(DemoAccounts.BUYER, DemoAccounts.PASSWORD)
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("user.email", equalTo(DemoAccounts.BUYER))
                .body("user.role", equalTo("buyer"))
                .body("user.organisation.name", equalTo("Ville de Montreuil"))
                .body("user.organisation.kind", equalTo("PUBLIC_BUYER"))
                .header("Set-Cookie", allOf(containsString("relance_refresh="), containsString("HttpOnly"),
                        containsString("SameSite=Strict"), containsString("Path=/api/v1/auth"), not(containsString("Secure"))))
                .extract().path("accessToken");

        JsonNode header = new ObjectMapper().readTree(java.util.Base64.getUrlDecoder().decode(accessToken.split("\\.")[0]));
        JsonNode claims = new ObjectMapper().readTree(TestTokens.payloadJson(accessToken));
        AppUser buyer = QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = AppUser.findByEmail(DemoAccounts.BUYER).orElseThrow();
            user.organisation.id.toString();
            return user;
        });
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        assertThat(claims.path("iss").asText()).isEqualTo("https://relance-iae.fr");
        assertThat(claims.path("aud").toString()).contains("relance-iae");
        assertThat(claims.path("sub").asText()).isEqualTo(buyer.id.toString());
        assertThat(claims.path("upn").asText()).isEqualTo(DemoAccounts.BUYER);
        assertThat(claims.path("groups").toString()).isEqualTo("[\"buyer\"]");
        assertThat(claims.path("org").asText()).isEqualTo(buyer.organisation.id.toString());
        assertThat(claims.path("jti").asText()).isNotBlank();
        assertThat(claims.path("exp").asLong() - Instant.now().getEpochSecond()).isBetween(800L, 900L);

        given().auth().oauth2(accessToken).when().get("/api/v1/me")
                .then().statusCode(200).body("email", equalTo(DemoAccounts.BUYER));
    }

    @Test
    void the_email_is_matched_case_insensitively() {
        login("  Acheteur@Demo.Relance-IAE.fr ", DemoAccounts.PASSWORD).statusCode(200);
    }

    @Test
    void a_wrong_password_is_refused_and_recorded_as_a_failed_attempt() {
        TestUser user = TestAccounts.user(Role.buyer);
        login(user.email(), "pas le bon mot de passe")
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo(INVALID_CREDENTIALS))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        assertThat(failedAttempts(user.email())).isEqualTo(1);
    }

    @Test
    void an_unknown_email_gets_the_same_answer_as_a_wrong_password() {
        login(TestAccounts.uniqueEmail("inconnu"), "peu importe")
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo(INVALID_CREDENTIALS))
                .body("detail", equalTo("E-mail ou mot de passe incorrect."));
    }

    @Test
    void an_inactive_user_cannot_log_in_even_with_the_right_password() {
        TestUser user = TestAccounts.user(Role.siae);
        TestAccounts.setUserActive(user.id(), false);
        login(user.email(), user.password()).statusCode(401).body("type", equalTo(INVALID_CREDENTIALS));
    }

    @Test
    void a_user_of_an_inactive_organisation_cannot_log_in() {
        TestUser user = TestAccounts.user(Role.buyer);
        QuarkusTransaction.requiringNew().run(() -> Organisation.<Organisation>findById(user.organisationId()).active = false);
        login(user.email(), user.password()).statusCode(401).body("type", equalTo(INVALID_CREDENTIALS));
    }

    @Test
    void the_eleventh_attempt_within_fifteen_minutes_is_refused_with_retry_after() {
        TestUser user = TestAccounts.user(Role.buyer);
        for (int attempt = 1; attempt <= 10; attempt++) {
            login(user.email(), "essai " + attempt).statusCode(401);
        }
        String retryAfter = login(user.email(), user.password())
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/too-many-requests"))
                .header("Retry-After", notNullValue())
                .extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(840L, 901L);
        assertThat(failedAttempts(user.email())).as("refused attempts are not counted").isEqualTo(10);
        assertThat(succeededAttempts(user.email())).isZero();
    }

    @Test
    void throttling_counts_the_normalised_email() {
        String email = TestAccounts.uniqueEmail("casse");
        for (int attempt = 1; attempt <= 10; attempt++) {
            login(attempt % 2 == 0 ? email.toUpperCase() : email, "essai").statusCode(401);
        }
        login(" " + email.toUpperCase() + " ", "essai").statusCode(429);
    }

    @Test
    void malformed_json_is_a_malformed_request_problem() {
        given().contentType(ContentType.JSON).body("{\"email\": \"a@b.fr\", ")
                .when().post("/api/v1/auth/login")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/malformed-request"));
    }

    @Test
    void missing_fields_are_listed_in_the_validation_problem() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/validation"))
                .body("errors.field", containsInAnyOrder("email", "password"));
    }

    static ValidatableResponse login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(new LoginRequest(email, password))
                .when().post("/api/v1/auth/login")
                .then();
    }

    static long failedAttempts(String email) {
        return QuarkusTransaction.requiringNew().call(() -> LoginAttempt.count("email = ?1 and succeeded = false",
                Emails.normalise(email)));
    }

    static long succeededAttempts(String email) {
        return QuarkusTransaction.requiringNew().call(() -> LoginAttempt.count("email = ?1 and succeeded = true",
                Emails.normalise(email)));
    }
}
