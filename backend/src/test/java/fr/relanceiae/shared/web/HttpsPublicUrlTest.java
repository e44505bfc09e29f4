package fr.relanceiae.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

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

/** An app published at an https URL, with TLS ending before it (plain http inside). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
@TestProfile(HttpsPublicUrlTest.PublishedOverHttps.class)
class HttpsPublicUrlTest {

    static final String PUBLIC_URL = "https://relance-iae.example";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    public static class PublishedOverHttps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relance.public-url", PUBLIC_URL + "/");
        }
    }

    @Test
    void the_refresh_cookie_is_secure_when_the_public_url_is_https_even_over_plain_http_inside() {
        TestUser user = TestAccounts.user(Role.buyer);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", user.email(), "password", user.password()))
                .when().post("/api/v1/auth/login")
                .then().statusCode(200)
                .header("Set-Cookie", allOf(containsString("relance_refresh="), containsString("Secure"),
                        containsString("HttpOnly")));
    }

    @Test
    void the_location_of_a_created_structure_is_built_from_the_public_url_not_the_host_header() {
        DirectoryFixtures.as(DirectoryFixtures.FACILITATOR).header("Host", "evil.example")
                .body(DirectoryFixtures.profile("Lieu de création"))
                .when().post("/api/v1/structures")
                .then().statusCode(201)
                .header("Location", matchesPattern(PUBLIC_URL + "/api/v1/structures/" + UUID_PATTERN));
    }

    @Test
    void the_location_of_an_import_job_is_built_from_the_public_url_not_the_host_header() {
        String csv = "siret,name,kind\n" + DirectoryFixtures.siret() + ",Import localisé,ACI\n";
        given().auth().oauth2(DirectoryFixtures.FACILITATOR).header("Host", "evil.example")
                .contentType("text/csv").body(csv)
                .when().post("/api/v1/structure-imports")
                .then().statusCode(202)
                .header("Location", matchesPattern(PUBLIC_URL + "/api/v1/structure-imports/" + UUID_PATTERN));
    }
}
