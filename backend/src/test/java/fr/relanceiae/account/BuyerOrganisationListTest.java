package fr.relanceiae.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.sourcing.request.SourcingFixtures;
import fr.relanceiae.sourcing.request.SourcingRequest;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** GET /api/v1/buyer-organisations: the buyers a facilitator or a partner writes requests for. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class BuyerOrganisationListTest {

    private static final String PATH = "/api/v1/buyer-organisations";

    @Test
    void a_facilitator_finds_the_active_buyers_by_name_in_name_order_and_pages_them() {
        String word = DirectoryFixtures.word();
        UUID town = organisation("Mairie " + word, OrganisationKind.PUBLIC_BUYER, true);
        UUID company = organisation("Bâtisseurs " + word, OrganisationKind.PRIVATE_BUYER, true);
        UUID agency = organisation("Agence " + word.toUpperCase(), OrganisationKind.PUBLIC_BUYER, true);
        organisation("Ancienne mairie " + word, OrganisationKind.PUBLIC_BUYER, false);
        organisation("Chantier " + word, OrganisationKind.SIAE, true);
        organisation("Réseau " + word, OrganisationKind.NETWORK, true);
        String facilitator = TestTokens.valid(Roles.FACILITATOR);

        list(facilitator, Map.of("q", word, "size", 10)).statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.id", equalTo(List.of(agency.toString(), company.toString(), town.toString())))
                .body("items.name", equalTo(List.of("Agence " + word.toUpperCase(), "Bâtisseurs " + word, "Mairie " + word)))
                .body("items.kind", equalTo(List.of("PUBLIC_BUYER", "PRIVATE_BUYER", "PUBLIC_BUYER")));
        list(facilitator, Map.of("q", word, "size", 2, "page", 1)).statusCode(200)
                .body("totalItems", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.id", equalTo(List.of(town.toString())));
        list(facilitator, Map.of("q", "%" + word)).statusCode(200).body("items", hasSize(0));

        // every organisation listed without a filter is an active buyer, as the database says
        List<String> ids = list(facilitator, Map.of("size", 100)).statusCode(200).extract().path("items.id");
        long activeBuyers = QuarkusTransaction.requiringNew().call(() -> Organisation.count(
                "active = true and kind in ?1", OrganisationKind.BUYERS));
        assertThat(ids).hasSize((int) Math.min(100, activeBuyers));
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> {
            Organisation organisation = Organisation.findById(UUID.fromString(id));
            assertThat(organisation.active).isTrue();
            assertThat(OrganisationKind.BUYERS).contains(organisation.kind);
        }));
    }

    @Test
    void a_listed_buyer_is_one_a_facilitator_may_write_a_request_for() {
        String word = DirectoryFixtures.word();
        organisation("Conseil départemental " + word, OrganisationKind.PUBLIC_BUYER, true);
        SourcingFixtures.Caller facilitator = SourcingFixtures.facilitator();
        String id = list(facilitator.token(), Map.of("q", word)).statusCode(200).extract().path("items[0].id");

        Map<String, Object> body = SourcingFixtures.complete("Entretien " + word);
        body.put("buyerOrganisationId", id);
        UUID created = SourcingFixtures.create(facilitator, body);
        assertThat(QuarkusTransaction.requiringNew().call(
                () -> SourcingRequest.<SourcingRequest>findById(created).buyerOrganisationId)).isEqualTo(UUID.fromString(id));
    }

    @Test
    void partners_need_the_sourcing_write_scope_and_other_roles_are_refused() {
        String word = DirectoryFixtures.word();
        UUID town = organisation("Ville " + word, OrganisationKind.PUBLIC_BUYER, true);
        list(TestTokens.partner("sourcing:write"), Map.of("q", word)).statusCode(200)
                .body("items.id", equalTo(List.of(town.toString())));
        list(TestTokens.partner("sourcing:read", "directory:read"), Map.of("q", word)).statusCode(403)
                .contentType("application/problem+json");
        for (String role : List.of(Roles.BUYER, Roles.SIAE, Roles.ADMIN)) {
            list(TestTokens.valid(role), Map.of("q", word)).statusCode(403).contentType("application/problem+json");
        }
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrong_paging_or_a_too_long_text_is_a_400_naming_the_parameter() {
        String facilitator = TestTokens.valid(Roles.FACILITATOR);
        list(facilitator, Map.of("size", 0)).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        list(facilitator, Map.of("q", "x".repeat(201))).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("type", startsWith("https://relance-iae.fr/problems/"));
    }

    private static ValidatableResponse list(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).when().get(PATH).then();
    }

    private static UUID organisation(String name, OrganisationKind kind, boolean active) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation organisation = Organisation.create(name, kind, active);
            organisation.persist();
            return organisation.id;
        });
    }
}
