package fr.relanceiae.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.signup.SignUpFixtures;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The sign-up limits per address and per e-mail (small ones in {@link RateLimitTestProfile}). */
@QuarkusTest
@TestProfile(RateLimitTestProfile.class)
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SignUpRateLimitTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Test
    void one_address_is_refused_past_its_sign_ups_while_another_address_still_signs_up() {
        String address = newAddress();
        for (int i = 0; i < RateLimitTestProfile.SIGN_UPS_PER_ADDRESS; i++) {
            signUp(TestAccounts.uniqueEmail("flot"), address).statusCode(202);
        }
        String refusedEmail = TestAccounts.uniqueEmail("refuse");
        signUp(refusedEmail, address).statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("https://relance-iae.fr/problems/too-many-requests"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AppUser.findByEmail(refusedEmail))).isEmpty();

        signUp(TestAccounts.uniqueEmail("ailleurs"), newAddress()).statusCode(202);
    }

    @Test
    void one_email_is_refused_past_its_sign_ups_and_resends_whatever_the_address() {
        String email = TestAccounts.uniqueEmail("cible");
        signUp(email, newAddress()).statusCode(202);
        given().contentType(ContentType.JSON).header("X-Forwarded-For", newAddress())
                .body(Map.of("email", email)).when().post("/api/v1/sign-up/verification/resend")
                .then().statusCode(202);
        assertThat(RateLimitTestProfile.SIGN_UPS_PER_EMAIL).isEqualTo(2);

        signUp(email.toUpperCase(), newAddress()).statusCode(429);
        given().contentType(ContentType.JSON).header("X-Forwarded-For", newAddress())
                .body(Map.of("email", email)).when().post("/api/v1/sign-up/verification/resend")
                .then().statusCode(429);
    }

    private static ValidatableResponse signUp(String email, String address) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(SignUpFixtures.buyer(email, "Limite " + UUID.randomUUID()))
                .when().post("/api/v1/sign-up/buyer").then();
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (n % 250 + 1);
    }
}
