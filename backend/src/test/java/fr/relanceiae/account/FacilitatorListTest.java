package fr.relanceiae.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** GET /api/v1/facilitators: whom a follow-up or a financing diagnostic may be assigned to. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class FacilitatorListTest {

    private static final String PATH = "/api/v1/facilitators";

    @Test
    void only_the_active_facilitators_are_listed_in_name_order_with_their_id_and_name() {
        String word = DirectoryFixtures.word();
        UUID network = organisation(OrganisationKind.NETWORK, true);
        UUID zoe = user("Zoé " + word, Role.facilitator, network, true);
        UUID adele = user("Adèle " + word, Role.facilitator, network, true);
        UUID bruno = user("Bruno " + word, Role.facilitator, network, true);
        user("Camille " + word, Role.facilitator, network, false);
        user("Denis " + word, Role.facilitator, organisation(OrganisationKind.NETWORK, false), true);
        user("Émile " + word, Role.admin, network, true);
        user("Fanny " + word, Role.siae, organisation(OrganisationKind.SIAE, true), true);
        user("Gaston " + word, Role.buyer, organisation(OrganisationKind.PUBLIC_BUYER, true), true);

        for (String role : List.of(Roles.FACILITATOR, Roles.ADMIN)) {
            list(TestTokens.valid(role), Map.of("q", word.toUpperCase())).statusCode(200)
                    .body("totalItems", equalTo(3))
                    .body("items.id", equalTo(List.of(adele.toString(), bruno.toString(), zoe.toString())))
                    .body("items.displayName", equalTo(List.of("Adèle " + word, "Bruno " + word, "Zoé " + word)));
        }
        list(TestTokens.valid(Roles.FACILITATOR), Map.of("q", word, "size", 2, "page", 1)).statusCode(200)
                .body("totalItems", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.id", equalTo(List.of(zoe.toString())));
        list(TestTokens.valid(Roles.FACILITATOR), Map.of("q", "%" + word)).statusCode(200).body("items", hasSize(0));

        // every user listed without a filter is an active facilitator of an active organisation, as the database says
        List<String> ids = list(TestTokens.valid(Roles.ADMIN), Map.of("size", 100)).statusCode(200)
                .extract().path("items.id");
        long active = QuarkusTransaction.requiringNew().call(() -> AppUser.count(
                "role = ?1 and active = true and organisation.active = true", Role.facilitator));
        assertThat(ids).hasSize((int) Math.min(100, active));
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> {
            AppUser user = AppUser.findById(UUID.fromString(id));
            assertThat(user.role).isEqualTo(Role.facilitator);
            assertThat(user.canSignIn()).isTrue();
        }));
    }

    @Test
    void a_listed_facilitator_is_one_a_follow_up_may_be_assigned_to_and_a_deactivated_one_leaves_the_list() {
        String word = DirectoryFixtures.word();
        UUID facilitator = user("Hélène " + word, Role.facilitator, organisation(OrganisationKind.NETWORK, true), true);
        String token = TestTokens.valid(Roles.FACILITATOR);
        list(token, Map.of("q", word)).statusCode(200).body("items.id", equalTo(List.of(facilitator.toString())));

        QuarkusTransaction.requiringNew().run(() -> AppUser.<AppUser>findById(facilitator).active = false);
        list(token, Map.of("q", word)).statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>findById(facilitator).active)).isFalse();
    }

    @Test
    void buyers_structures_and_partners_are_refused_and_an_anonymous_caller_must_log_in() {
        for (String role : List.of(Roles.BUYER, Roles.SIAE)) {
            list(TestTokens.valid(role), Map.of()).statusCode(403).contentType("application/problem+json");
        }
        for (String[] scopes : List.of(new String[] { "indicators:read", "directory:read", "sourcing:write",
                "sourcing:read", "supplies:read" }, new String[0])) {
            list(TestTokens.partner(scopes), Map.of()).statusCode(403).contentType("application/problem+json");
        }
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrong_paging_or_a_too_long_text_is_a_400_naming_the_parameter() {
        String facilitator = TestTokens.valid(Roles.FACILITATOR);
        list(facilitator, Map.of("size", 101)).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        list(facilitator, Map.of("page", -1)).statusCode(400).body("errors[0].field", equalTo("page"));
        list(facilitator, Map.of("q", "x".repeat(201))).statusCode(400).body("errors[0].field", equalTo("q"));
    }

    private static ValidatableResponse list(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).when().get(PATH).then();
    }

    private static UUID organisation(OrganisationKind kind, boolean active) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation organisation = Organisation.create("Organisation " + UUID.randomUUID(), kind, active);
            organisation.persist();
            return organisation.id;
        });
    }

    private static UUID user(String name, Role role, UUID organisationId, boolean active) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = new AppUser();
            user.id = UUID.randomUUID();
            user.email = TestAccounts.uniqueEmail(role.name());
            user.displayName = name;
            user.role = role;
            user.organisation = Organisation.findById(organisationId);
            user.active = active;
            user.persist();
            return user.id;
        });
    }
}
