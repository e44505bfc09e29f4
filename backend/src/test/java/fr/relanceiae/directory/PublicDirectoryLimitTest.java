package fr.relanceiae.directory;

import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Anonymous reads of the public directory are counted per address; signed-in callers are not. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
@TestProfile(PublicDirectoryLimitTest.SmallLimit.class)
class PublicDirectoryLimitTest {

    static final int LIMIT = 4;

    /** A small limit, and a trusted proxy on loopback so that the test has addresses of its own. */
    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relance.rate-limit.anonymous-requests-per-minute", Integer.toString(LIMIT),
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,[::1]");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void past_the_limit_an_anonymous_address_gets_429_with_retry_after_while_others_and_signed_in_callers_go_on() {
        String address = "203.0.113." + (1 + (int) (Math.random() * 200));
        List<String> reads = List.of("/api/v1/structures", "/api/v1/sectors", "/api/v1/structure-kinds",
                "/api/v1/communes?q=Montreuil");
        for (String path : reads) {
            given().header("X-Forwarded-For", address).when().get(path).then().statusCode(200);
        }
        given().header("X-Forwarded-For", address).when().get("/api/v1/structures")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://relance-iae.fr/problems/too-many-requests"))
                .body("detail", containsString("Réessayez dans"));
        assertThat(hits("anonymous-read-address:" + address)).isEqualTo(LIMIT);

        // a signed-in caller from the same address is not counted, another address has its own count
        given().header("X-Forwarded-For", address).auth().oauth2(BUYER).when().get("/api/v1/structures")
                .then().statusCode(200);
        given().header("X-Forwarded-For", "198.51.100.9").when().get("/api/v1/structures").then().statusCode(200);
        assertThat(hits("anonymous-read-address:" + address)).isEqualTo(LIMIT);
        assertThat(hits("anonymous-read-address:198.51.100.9")).isEqualTo(1);
    }

    private int hits(String bucket) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select hits from rate_limit_counter where bucket = :bucket")
                .setParameter("bucket", bucket).getSingleResult()).intValue());
    }
}
