package fr.relanceiae.account.signup;

import static fr.relanceiae.account.signup.SignUpFixtures.buyer;
import static fr.relanceiae.account.signup.SignUpFixtures.login;
import static fr.relanceiae.account.signup.SignUpFixtures.onlyMailTo;
import static fr.relanceiae.account.signup.SignUpFixtures.signUpBuyer;
import static fr.relanceiae.account.signup.SignUpFixtures.verificationToken;
import static fr.relanceiae.account.signup.SignUpFixtures.verify;
import static fr.relanceiae.account.signup.SignUpTest.count;
import static fr.relanceiae.account.signup.SignUpTest.organisationOf;
import static fr.relanceiae.account.signup.SignUpTest.userOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.sourcing.PublishedRequests;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class OrganisationVerificationTest {

    private static String facilitator;

    @Test
    void an_organisation_merged_into_an_existing_one_gives_it_its_users_and_requests_and_disappears() {
        String email = TestAccounts.uniqueEmail("fusion");
        UUID source = signedUpOrganisation(email, "Mairie à fusionner " + UUID.randomUUID());
        UUID request = PublishedRequests.published(source, PublishedRequests.inDays(20));
        UUID target = PublishedRequests.buyerOrganisation();
        UUID userId = userOf(email).id;

        JsonPath queued = toVerify();
        int index = queued.<String>getList("items.id").indexOf(source.toString());
        assertThat(index).isNotNegative();
        assertThat(queued.getLong("items[" + index + "].userCount")).isEqualTo(1);
        assertThat(queued.getLong("items[" + index + "].requestCount")).isEqualTo(1);
        assertThat(queued.getBoolean("items[" + index + "].verified")).isFalse();

        given().auth().oauth2(facilitator()).contentType(ContentType.JSON)
                .body(Map.of("targetOrganisationId", target.toString()))
                .when().post("/api/v1/organisations/" + source + "/merge")
                .then().statusCode(200).body("id", equalTo(target.toString())).body("userCount", equalTo(1))
                .body("requestCount", equalTo(1));

        assertThat(organisationOf(userId).id).isEqualTo(target);
        assertThat(count("select count(*) from sourcing_request where id = '" + request
                + "' and buyer_organisation_id = '" + target + "'")).isEqualTo(1);
        assertThat(count("select count(*) from organisation where id = '" + source + "'")).isZero();
        assertThat(toVerify().<String>getList("items.id")).doesNotContain(source.toString());
        login(email, SignUpFixtures.PASSWORD).statusCode(200);
    }

    @Test
    void a_merge_needs_another_active_buyer_organisation_and_an_organisation_to_verify() {
        UUID source = signedUpOrganisation(TestAccounts.uniqueEmail("cible"), "Sans cible " + UUID.randomUUID());
        merge(source, source).statusCode(400).body("errors.field", contains("targetOrganisationId"));
        merge(source, UUID.randomUUID()).statusCode(400).body("errors.field", contains("targetOrganisationId"));
        UUID verified = PublishedRequests.buyerOrganisation();
        merge(verified, source).statusCode(404);
        assertThat(count("select count(*) from organisation where id = '" + source + "'")).isEqualTo(1);
    }

    @Test
    void an_organisation_is_confirmed_unless_a_verified_one_of_its_kind_has_the_same_name() {
        UUID suffix = UUID.randomUUID();
        UUID first = signedUpOrganisation(TestAccounts.uniqueEmail("premier"), "Ville de Confirmation " + suffix);
        UUID second = signedUpOrganisation(TestAccounts.uniqueEmail("second"), " ville  de CONFIRMATION " + suffix);

        confirm(first).statusCode(200).body("id", equalTo(first.toString())).body("verified", equalTo(true));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Organisation.<Organisation>findById(first).verified)).isTrue();
        assertThat(toVerify().<String>getList("items.id")).doesNotContain(first.toString()).contains(second.toString());

        confirm(second).statusCode(409).contentType("application/problem+json").body("errors.field", contains("name"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Organisation.<Organisation>findById(second).verified)).isFalse();
        confirm(first).statusCode(404);
    }

    @Test
    void unverified_organisations_may_share_a_name_and_admins_create_names_taken_only_by_unverified_ones() {
        String name = "Même nom " + UUID.randomUUID();
        UUID first = signedUpOrganisation(TestAccounts.uniqueEmail("meme1"), name);
        UUID second = signedUpOrganisation(TestAccounts.uniqueEmail("meme2"), name);
        assertThat(first).isNotEqualTo(second);
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", OrganisationKind.PUBLIC_BUYER.name()))
                .when().post("/api/v1/admin/organisations").then().statusCode(201);
    }

    /** Signs up a buyer (e-mail verified) and answers the organisation created. */
    static UUID signedUpOrganisation(String email, String name) {
        signUpBuyer(buyer(email, name)).statusCode(202);
        verify(verificationToken(onlyMailTo(email))).statusCode(200);
        return organisationOf(userOf(email).id).id;
    }

    private static JsonPath toVerify() {
        return given().auth().oauth2(facilitator()).queryParam("size", 100).when().get("/api/v1/organisations/to-verify")
                .then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse confirm(UUID id) {
        return given().auth().oauth2(facilitator()).when().post("/api/v1/organisations/" + id + "/verification").then();
    }

    private static io.restassured.response.ValidatableResponse merge(UUID id, UUID target) {
        return given().auth().oauth2(facilitator()).contentType(ContentType.JSON)
                .body(Map.of("targetOrganisationId", target.toString()))
                .when().post("/api/v1/organisations/" + id + "/merge").then();
    }

    private static String facilitator() {
        if (facilitator == null) {
            facilitator = TestAccounts.demoToken(DemoAccounts.FACILITATOR);
        }
        return facilitator;
    }
}
