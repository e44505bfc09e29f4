package fr.relanceiae.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.Role;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestAccounts.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Behind a reverse proxy the app is configured to trust (X-Forwarded-* headers), public URL in http. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
@TestProfile(TrustedProxyTest.BehindATrustedProxy.class)
class TrustedProxyTest {

    public static class BehindATrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true");
        }
    }

    @Test
    void a_login_the_proxy_says_came_over_https_gets_a_secure_cookie() {
        login("https").header("Set-Cookie", allOf(containsString("relance_refresh="), containsString("Secure")));
    }

    @Test
    void a_login_the_proxy_says_came_over_http_gets_no_secure_cookie() {
        login("http").header("Set-Cookie", allOf(containsString("relance_refresh="), not(containsString("Secure"))));
    }

    @Test
    void a_forwarded_host_does_not_reach_the_location_of_a_created_resource() {
        DirectoryFixtures.as(DirectoryFixtures.FACILITATOR)
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .body(DirectoryFixtures.profile("Derrière le mandataire"))
                .when().post("/api/v1/structures")
                .then().statusCode(201)
                .header("Location", matchesPattern("http://localhost:8081/api/v1/structures/[0-9a-f-]{36}"));
    }

    private static ValidatableResponse login(String forwardedProto) {
        TestUser user = TestAccounts.user(Role.buyer);
        return given().contentType(ContentType.JSON).header("X-Forwarded-Proto", forwardedProto)
                .body(Map.of("email", user.email(), "password", user.password()))
                .when().post("/api/v1/auth/login")
                .then().statusCode(200);
    }
}
