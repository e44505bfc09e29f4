package fr.relanceiae.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestAccounts.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SessionTest {

    private static final String COOKIE = "relance_refresh";
    private static final String UNAUTHORIZED = "https://relance-iae.fr/problems/unauthorized";

    @Test
    void refreshing_rotates_the_cookie_and_the_old_one_is_refused() {
        TestUser user = TestAccounts.user(Role.facilitator);
        String first = loginCookie(user);

        String second = refresh(first).statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("user.email", equalTo(user.email()))
                .body("user.role", equalTo("facilitator"))
                .extract().cookie(COOKIE);
        assertThat(second).isNotBlank().isNotEqualTo(first);

        refresh(first).statusCode(401).contentType("application/problem+json").body("type", equalTo(UNAUTHORIZED));
        assertThat(storedHashes(user)).doesNotContain(first, second);
    }

    @Test
    void the_refreshed_access_token_works() {
        TestUser user = TestAccounts.user(Role.siae);
        String accessToken = refresh(loginCookie(user)).statusCode(200).extract().path("accessToken");
        given().auth().oauth2(accessToken).when().get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo(user.email()));
    }

    @Test
    void reusing_a_rotated_token_revokes_the_whole_family() {
        TestUser user = TestAccounts.user(Role.buyer);
        String first = loginCookie(user);
        String second = refresh(first).statusCode(200).extract().cookie(COOKIE);

        refresh(first).statusCode(401);

        refresh(second).statusCode(401).body("type", equalTo(UNAUTHORIZED));
        assertThat(activeTokens(user)).isZero();
    }

    @Test
    void reuse_in_one_session_leaves_the_other_sessions_alone() {
        TestUser user = TestAccounts.user(Role.buyer);
        String stolen = loginCookie(user);
        String otherDevice = loginCookie(user);
        refresh(stolen).statusCode(200);
        refresh(stolen).statusCode(401);
        refresh(otherDevice).statusCode(200);
    }

    @Test
    void refresh_without_a_cookie_or_with_an_unknown_one_is_401() {
        given().when().post("/api/v1/auth/refresh").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo(UNAUTHORIZED));
        refresh("pas-un-jeton").statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refresh_works_with_an_expired_access_token_in_the_request() {
        TestUser user = TestAccounts.user(Role.buyer);
        given().cookie(COOKIE, loginCookie(user))
                .auth().oauth2(fr.relanceiae.testing.TestTokens.expired("buyer"))
                .when().post("/api/v1/auth/refresh")
                .then().statusCode(200);
    }

    @Test
    void a_deactivated_user_cannot_refresh() {
        TestUser user = TestAccounts.user(Role.buyer);
        String cookie = loginCookie(user);
        TestAccounts.setUserActive(user.id(), false);
        refresh(cookie).statusCode(401);
        assertThat(activeTokens(user)).isZero();
    }

    @Test
    void logout_revokes_the_session_and_clears_the_cookie_without_an_access_token() {
        TestUser user = TestAccounts.user(Role.admin);
        String cookie = loginCookie(user);

        given().cookie(COOKIE, cookie).when().post("/api/v1/auth/logout")
                .then().statusCode(204)
                .header("Set-Cookie", allOf(containsString(COOKIE + "=;"), containsString("Max-Age=0"),
                        containsString("Path=/api/v1/auth"), containsString("HttpOnly")));

        assertThat(activeTokens(user)).isZero();
        refresh(cookie).statusCode(401);
    }

    @Test
    void logout_without_a_cookie_still_answers_204() {
        given().when().post("/api/v1/auth/logout").then().statusCode(204);
    }

    static String loginCookie(TestUser user) {
        return given().contentType(ContentType.JSON)
                .body(new LoginRequest(user.email(), user.password()))
                .when().post("/api/v1/auth/login")
                .then().statusCode(200)
                .extract().cookie(COOKIE);
    }

    static ValidatableResponse refresh(String cookie) {
        return given().cookie(COOKIE, cookie).when().post("/api/v1/auth/refresh").then();
    }

    static long activeTokens(TestUser user) {
        return QuarkusTransaction.requiringNew().call(() -> RefreshToken.count(
                "user.id = ?1 and revokedAt is null", user.id()));
    }

    static java.util.List<String> storedHashes(TestUser user) {
        return QuarkusTransaction.requiringNew().call(() -> RefreshToken.<RefreshToken>list("user.id", user.id())
                .stream().map(token -> token.tokenHash).toList());
    }
}
