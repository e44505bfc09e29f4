package fr.relanceiae.sourcing.solicitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.sourcing.PublishedRequests;
import fr.relanceiae.sourcing.PublishedRequests.Solicited;
import fr.relanceiae.sourcing.PublishedRequests.TestStructure;
import fr.relanceiae.sourcing.SourcingStatus;
import fr.relanceiae.sourcing.request.SourcingFixtures;
import fr.relanceiae.sourcing.request.SourcingRequest;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A partner client follows the solicitations of the requests it created, as their buyer does, with
 * a token of the client credentials flow.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class PartnerSolicitationsTest {

    private static final String REQUESTS = "/api/v1/sourcing-requests";

    @Test
    void a_partner_with_sourcing_read_sees_the_solicitations_of_its_requests_with_contacts_of_interested_ones() {
        String partner = clientToken(null);
        UUID buyer = PublishedRequests.buyerOrganisation();
        Map<String, Object> body = SourcingFixtures.complete("Nettoyage des vestiaires " + UUID.randomUUID());
        body.put("buyerOrganisationId", buyer.toString());
        UUID request = UUID.fromString(given().auth().oauth2(partner).contentType(ContentType.JSON).body(body)
                .when().post(REQUESTS).then().statusCode(201).extract().path("id"));
        given().auth().oauth2(partner).when().post(REQUESTS + "/" + request + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        QuarkusTransaction.requiringNew().run(() -> {
            SourcingRequest stored = SourcingRequest.findById(request);
            assertThat(stored.authorClientId).isEqualTo(DemoAccounts.CLIENT_ID);
            stored.status = SourcingStatus.PUBLISHED;
            stored.publishedAt = Instant.now();
        });
        TestStructure interestedOne = PublishedRequests.structure(true, true);
        TestStructure silent = PublishedRequests.structure(true, false);
        Solicited answered = PublishedRequests.solicit(request, interestedOne.id());
        Solicited waiting = PublishedRequests.solicit(request, silent.id());
        given().auth().oauth2(TestTokens.claims(Roles.SIAE).claim("org", interestedOne.organisationId().toString()).sign())
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "INTERESTED", "message", "Disponibles dès lundi.", "quoteAmount", 8200))
                .when().put("/api/v1/solicitations/" + answered.id() + "/answer").then().statusCode(200);

        given().auth().oauth2(partner).when().get(REQUESTS + "/" + request + "/solicitations").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("find { it.structureId == '" + interestedOne.id() + "' }.status", equalTo("INTERESTED"))
                .body("find { it.structureId == '" + interestedOne.id() + "' }.contact.users[0].email",
                        equalTo(interestedOne.email()))
                .body("find { it.structureId == '" + interestedOne.id() + "' }.answer.message",
                        equalTo("Disponibles dès lundi."))
                .body("find { it.structureId == '" + silent.id() + "' }.status", equalTo("SENT"))
                .body("find { it.structureId == '" + silent.id() + "' }.contact", nullValue());
        // reading is not viewing: the structure that has not opened it is still « envoyée »
        QuarkusTransaction.requiringNew().run(() -> {
            Solicitation unread = Solicitation.findById(waiting.id());
            assertThat(unread.status).isEqualTo(SolicitationStatus.SENT);
            assertThat(unread.firstViewedAt).isNull();
        });
    }

    @Test
    void another_request_is_a_404_and_a_token_without_sourcing_read_a_403() {
        UUID others = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(10));
        TestStructure structure = PublishedRequests.structure(true, false);
        PublishedRequests.solicit(others, structure.id());

        given().auth().oauth2(clientToken(null)).when().get(REQUESTS + "/" + others + "/solicitations").then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(SourcingFixtures.PROBLEMS + "not-found"));
        given().auth().oauth2(clientToken("sourcing:write directory:read")).when()
                .get(REQUESTS + "/" + others + "/solicitations").then()
                .statusCode(403).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("insufficient_scope"))
                .header("WWW-Authenticate", containsString("sourcing:read"));
    }

    /** A token of the demo partner client (client credentials), with these scopes (null: all of its own). */
    private static String clientToken(String scope) {
        var form = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", DemoAccounts.CLIENT_ID).formParam("client_secret", DemoAccounts.CLIENT_SECRET);
        if (scope != null) {
            form = form.formParam("scope", scope);
        }
        return form.when().post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token");
    }
}
