package fr.relanceiae.directory;

import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.PARTNER;
import static fr.relanceiae.directory.DirectoryFixtures.activity;
import static fr.relanceiae.directory.DirectoryFixtures.addActivity;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.offer;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Every write of the directory refuses buyers and partners (403) and anonymous callers (401), changing nothing. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class DirectoryAccessTest {

    private record Call(String method, String path, Object body) {
    }

    @Test
    void writes_refuse_buyers_partners_and_anonymous_callers() {
        UUID structure = create(profile("Accès"));
        UUID activity = addActivity(structure, activity("plomberie", "COUNTRY", null, null));
        String offerId = DirectoryFixtures.as(DirectoryFixtures.FACILITATOR).body(offer("Offre")).when()
                .post("/api/v1/structures/" + structure + "/offers").then().statusCode(201).extract().path("id");
        Map<String, Object> changedProfile = profile("Changée");
        List<Call> calls = List.of(
                new Call("POST", "/api/v1/structures", profile("Nouvelle")),
                new Call("PUT", "/api/v1/structures/" + structure, changedProfile),
                new Call("POST", "/api/v1/structures/" + structure + "/activities", activity("menuiserie", "COUNTRY", null, null)),
                new Call("PUT", "/api/v1/activities/" + activity, activity("plomberie", "RADIUS", null, 10)),
                new Call("DELETE", "/api/v1/activities/" + activity, null),
                new Call("POST", "/api/v1/structures/" + structure + "/offers", offer("Autre")),
                new Call("PUT", "/api/v1/offers/" + offerId, offer("Changée")),
                new Call("DELETE", "/api/v1/offers/" + offerId, null),
                new Call("POST", "/api/v1/structures/" + structure + "/members", Map.of("email", "x@example.org", "displayName", "X")),
                new Call("GET", "/api/v1/structures/" + structure + "/members", null));
        for (Call call : calls) {
            for (String token : new String[] { BUYER, PARTNER, null }) {
                RequestSpecification request = given().contentType(ContentType.JSON).header("If-Match", "\"0\"");
                if (token != null) {
                    request = request.auth().oauth2(token);
                }
                if (call.body() != null) {
                    request = request.body(call.body());
                }
                request.when().request(call.method(), call.path()).then()
                        .statusCode(token == null ? 401 : 403)
                        .body("type", equalTo("https://relance-iae.fr/problems/" + (token == null ? "unauthorized" : "forbidden")));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Structure stored = Structure.findById(structure);
            assertThat(stored.name).isEqualTo("Accès");
            assertThat(stored.version).isZero();
            assertThat(stored.activities).hasSize(1);
            assertThat(stored.activities.get(0).version).isZero();
            assertThat(stored.offers).hasSize(1);
            assertThat(stored.offers.get(0).title).isEqualTo("Offre");
        });
    }
}
