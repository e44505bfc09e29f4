package fr.relanceiae.shared.security;

import static io.restassured.RestAssured.given;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** An expired access token gets at most 5 s of leeway (mp.jwt.verify.clock.skew) for clocks out of step. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class AccessTokenExpiryTest {

    private static final String ANY_SIGNED_IN_READ = "/api/v1/departments";

    @Test
    void a_token_expired_ten_seconds_ago_is_refused() {
        given().auth().oauth2(expiredSecondsAgo(10)).when().get(ANY_SIGNED_IN_READ)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_token_expired_two_seconds_ago_is_still_accepted() {
        given().auth().oauth2(expiredSecondsAgo(2)).when().get(ANY_SIGNED_IN_READ).then().statusCode(200);
    }

    @Test
    void a_token_accepted_once_is_refused_when_its_leeway_is_over() throws InterruptedException {
        Instant expiry = Instant.now().minusSeconds(3);
        String token = TestTokens.claims(Roles.BUYER).issuedAt(expiry.minusSeconds(600)).expiresAt(expiry).sign();
        given().auth().oauth2(token).when().get(ANY_SIGNED_IN_READ).then().statusCode(200);
        Thread.sleep(3500);
        given().auth().oauth2(token).when().get(ANY_SIGNED_IN_READ).then().statusCode(401);
    }

    private static String expiredSecondsAgo(long seconds) {
        Instant expiry = Instant.now().minusSeconds(seconds);
        return TestTokens.claims(Roles.BUYER).issuedAt(expiry.minusSeconds(600)).expiresAt(expiry).sign();
    }
}
