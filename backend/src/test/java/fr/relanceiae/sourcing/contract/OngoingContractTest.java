package fr.relanceiae.sourcing.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.account.Role;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class OngoingContractTest {

    private static final String BASE = "/api/v1/ongoing-contracts";

    @Test
    void a_facilitator_records_a_contract_and_finds_it_again() {
        UUID buyer = buyerOrganisation();
        Map<String, Object> body = contract(buyer, "Collecte des déchets " + DirectoryFixtures.word());
        body.put("holderSiret", " " + spaced(DirectoryFixtures.siret()) + " ");
        body.put("sectors", List.of("Collecte-d-encombrants", "collecte-traitement-des-dechets"));

        var created = as(facilitator()).body(body).when().post(BASE).then().statusCode(201).header("ETag", "\"0\"")
                .body("buyerOrganisationId", equalTo(buyer.toString()))
                .body("buyerOrganisationName", org.hamcrest.Matchers.startsWith("Acheteur"))
                .body("holderContactEmail", equalTo("contact@titulaire.example.org"))
                .body("sectors", equalTo(List.of("collecte-d-encombrants", "collecte-traitement-des-dechets")))
                .extract();
        UUID id = UUID.fromString(created.path("id"));
        assertThat(created.header("Location")).endsWith(BASE + "/" + id);
        OngoingContract stored = stored(id);
        assertThat(stored.holderSiret).matches("\\d{14}");
        assertThat(stored.amount).isEqualByComparingTo("250000");

        as(facilitator()).when().get(BASE + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("title", equalTo(body.get("title")));
        as(facilitator()).queryParam("q", ((String) body.get("title")).toUpperCase()).when().get(BASE).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id.toString()));
        as(facilitator()).queryParam("q", "Titulaire Environnement").when().get(BASE).then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        as(facilitator()).queryParam("q", "aucun marché ne porte ce nom").when().get(BASE).then()
                .body("items.id", not(hasItem(id.toString())));
    }

    @Test
    void each_invalid_field_is_named() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", " ");
        body.put("holderSiret", "12345678901234");
        body.put("holderContactEmail", "pas-une-adresse");
        body.put("holderContactPhone", "appelez-moi");
        body.put("sectors", List.of("inconnu"));

        as(facilitator()).body(body).when().post(BASE).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("buyerOrganisationId", "title", "holderName", "holderSiret",
                        "holderContactEmail", "holderContactPhone", "sectors"));
        body.put("buyerOrganisationId", siaeOrganisation().toString());
        as(facilitator()).body(body).when().post(BASE).then().statusCode(400)
                .body("errors.field", hasItem("buyerOrganisationId"));
        body.put("amount", -1);
        as(facilitator()).body(body).when().post(BASE).then().statusCode(400).body("errors.field", hasItem("amount"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OngoingContract.count("holderSiret", "12345678901234")))
                .isZero();
    }

    @Test
    void an_update_needs_the_version_read() {
        UUID buyer = buyerOrganisation();
        String token = facilitator();
        UUID id = UUID.fromString(as(token).body(contract(buyer, "Avant")).when().post(BASE).then().statusCode(201)
                .extract().path("id"));
        Map<String, Object> changed = contract(buyer, "Après");

        as(token).body(changed).when().put(BASE + "/" + id).then().statusCode(428);
        as(token).header("If-Match", "\"3\"").body(changed).when().put(BASE + "/" + id).then().statusCode(412);
        as(token).header("If-Match", "\"0\"").body(changed).when().put(BASE + "/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(stored(id).title).isEqualTo("Avant");
        as(token).header("If-Match", "\"0\"").body(changed).when().put(BASE + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Après"));
        assertThat(stored(id).title).isEqualTo("Après");
    }

    @Test
    void only_facilitators_keep_ongoing_contracts() {
        UUID buyer = buyerOrganisation();
        Map<String, Object> body = contract(buyer, "Réservé aux animateurs " + DirectoryFixtures.word());
        for (String role : List.of(Roles.BUYER, Roles.SIAE, Roles.ADMIN)) {
            as(TestTokens.valid(role)).body(body).when().post(BASE).then().statusCode(403);
            as(TestTokens.valid(role)).when().get(BASE).then().statusCode(403);
        }
        as(TestTokens.valid(Roles.PARTNER)).when().get(BASE).then().statusCode(403);
        given().when().get(BASE).then().statusCode(401);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OngoingContract.count("title", body.get("title")))).isZero();
    }

    private static Map<String, Object> contract(UUID buyer, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("buyerOrganisationId", buyer.toString());
        body.put("title", title);
        body.put("holderName", "Titulaire Environnement SAS");
        body.put("holderContactName", "Jeanne Titulaire");
        body.put("holderContactEmail", "Contact@Titulaire.example.org");
        body.put("holderContactPhone", "01 23 45 67 89");
        body.put("amount", 250000);
        body.put("endDate", "2028-06-30");
        return body;
    }

    private static String spaced(String siret) {
        return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " " + siret.substring(9);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String facilitator() {
        TestAccounts.TestUser user = TestAccounts.user(Role.facilitator);
        return TestTokens.claims(Roles.FACILITATOR).subject(user.id().toString())
                .claim("org", user.organisationId().toString()).sign();
    }

    private static UUID buyerOrganisation() {
        return organisation("Acheteur " + UUID.randomUUID(), OrganisationKind.PUBLIC_BUYER);
    }

    private static UUID siaeOrganisation() {
        return organisation("Structure " + UUID.randomUUID(), OrganisationKind.SIAE);
    }

    private static UUID organisation(String name, OrganisationKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation organisation = Organisation.create(name, kind, true);
            organisation.persist();
            return organisation.id;
        });
    }

    private static OngoingContract stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OngoingContract.findById(id));
    }
}
