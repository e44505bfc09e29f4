package fr.relanceiae.barometer.survey;

import static fr.relanceiae.barometer.survey.SurveyFixtures.LINKS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Survey-link look-ups per address: every one counts, found or not, and the limit answers 429. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
@TestProfile(SurveyLinkLimitTest.SmallLimit.class)
class SurveyLinkLimitTest {

    static final int LIMIT = 4;

    /** A small limit, and a trusted proxy on loopback so that the test has an address of its own. */
    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relance.survey.link-lookups-per-minute", Integer.toString(LIMIT),
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,[::1]");
        }
    }

    @Inject
    SurveyLinks links;

    @Test
    void past_the_limit_of_look_ups_from_one_address_even_a_valid_link_answers_429_with_retry_after() {
        String token = QuarkusTransaction.requiringNew().call(() -> links.create(
                List.of(SupplyFixtures.structure().id()), SurveyFixtures.thisWeek(), Instant.now()).get(0));
        String address = "203.0.113." + (1 + (int) (Math.random() * 200));

        given().header("X-Forwarded-For", address).when().get(LINKS + token).then().statusCode(200);
        for (int i = 1; i < LIMIT; i++) {
            given().header("X-Forwarded-For", address).when().get(LINKS + "wrong-" + i).then().statusCode(404);
        }
        given().header("X-Forwarded-For", address).when().get(LINKS + token).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .header("Referrer-Policy", "no-referrer")
                .body("type", equalTo("https://relance-iae.fr/problems/too-many-requests"));
        given().header("X-Forwarded-For", "198.51.100.8").when().get(LINKS + token).then().statusCode(200);
    }
}
