package fr.relanceiae.directory.claims;

import static fr.relanceiae.account.signup.SignUpFixtures.PASSWORD;
import static fr.relanceiae.account.signup.SignUpFixtures.claimToken;
import static fr.relanceiae.account.signup.SignUpFixtures.login;
import static fr.relanceiae.account.signup.SignUpFixtures.mailsTo;
import static fr.relanceiae.account.signup.SignUpFixtures.onlyMailTo;
import static fr.relanceiae.account.signup.SignUpFixtures.post;
import static fr.relanceiae.account.signup.SignUpFixtures.signUpStructure;
import static fr.relanceiae.account.signup.SignUpFixtures.structure;
import static fr.relanceiae.account.signup.SignUpFixtures.verificationToken;
import static fr.relanceiae.account.signup.SignUpFixtures.verify;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.signup.SignUpService;
import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class StructureClaimTest {

    private static final String INVALID_TOKEN = "https://relance-iae.fr/problems/invalid-token";
    private static String facilitator;

    @Test
    void a_structure_with_a_contact_email_is_claimed_with_the_link_sent_to_that_email() {
        String contact = TestAccounts.uniqueEmail("contact");
        Map<String, Object> profile = DirectoryFixtures.profile("Régie du Contact " + DirectoryFixtures.word());
        profile.put("email", contact);
        UUID structureId = DirectoryFixtures.create(profile);
        String person = TestAccounts.uniqueEmail("encadrant");

        signUpStructure(structure(person, (String) profile.get("siret"))).statusCode(202)
                .body("message", equalTo(SignUpService.ACCEPTED.message()));

        StructureClaim claim = claimOf(person);
        assertThat(claim.method).isEqualTo(ClaimMethod.CONTACT_EMAIL);
        assertThat(claim.status).isEqualTo(ClaimStatus.PENDING);
        Mail request = onlyMailTo(contact);
        assertThat(request.getSubject()).isEqualTo(ClaimMails.REQUEST_SUBJECT);
        assertThat(request.getText()).contains("Sam Encadrant (" + person + ")", (String) profile.get("name"), "7 jours");
        String token = claimToken(request);
        // The person's own address still needs verifying
        String verification = verificationToken(onlyMailTo(person));

        post("/api/v1/structure-claims/confirmation", Map.of("token", token)).statusCode(200)
                .body("structureId", equalTo(structureId.toString())).body("structureName", equalTo(profile.get("name")));

        assertThat(claimOf(person).status).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(organisationIdOf(person)).isEqualTo(structureOrganisation(structureId));
        assertThat(mailsTo(person)).extracting(Mail::getSubject).contains(ClaimMails.ACCEPTED_SUBJECT);
        post("/api/v1/structure-claims/confirmation", Map.of("token", token)).statusCode(400)
                .body("type", equalTo(INVALID_TOKEN));

        login(person, PASSWORD).statusCode(401);
        verify(verification).statusCode(200).body("nextStep", equalTo("LOG_IN"));
        String access = TestAccounts.accessToken(person, PASSWORD);
        given().auth().oauth2(access).when().get("/api/v1/me/structures").then().statusCode(200)
                .body("id", contains(structureId.toString()));
    }

    @Test
    void when_the_person_is_the_contact_one_link_attaches_and_verifies() {
        String contact = TestAccounts.uniqueEmail("contact-soi");
        Map<String, Object> profile = DirectoryFixtures.profile("Ressourcerie " + DirectoryFixtures.word());
        profile.put("email", contact);
        UUID structureId = DirectoryFixtures.create(profile);

        signUpStructure(structure(contact, (String) profile.get("siret"))).statusCode(202);
        Mail only = onlyMailTo(contact);
        assertThat(only.getSubject()).isEqualTo(ClaimMails.REQUEST_SUBJECT);
        assertThat(only.getText()).contains("confirme aussi votre adresse e-mail");

        post("/api/v1/structure-claims/confirmation", Map.of("token", claimToken(only))).statusCode(200);

        assertThat(organisationIdOf(contact)).isEqualTo(structureOrganisation(structureId));
        login(contact, PASSWORD).statusCode(200).body("user.role", equalTo("siae"));
    }

    @Test
    void a_structure_without_contact_email_waits_in_the_queue_and_a_facilitator_accepts_it() {
        Map<String, Object> profile = DirectoryFixtures.profile("Atelier Sans Courriel " + DirectoryFixtures.word());
        profile.remove("email");
        UUID structureId = DirectoryFixtures.create(profile);
        String person = TestAccounts.uniqueEmail("file");

        signUpStructure(structure(person, (String) profile.get("siret"))).statusCode(202);
        verify(verificationToken(onlyMailTo(person))).statusCode(200).body("nextStep", equalTo("LOG_IN_CLAIM_PENDING"));
        StructureClaim claim = claimOf(person);
        assertThat(claim.method).isEqualTo(ClaimMethod.QUEUE);
        UUID ownOrganisation = organisationIdOf(person);
        assertThat(ownOrganisation).isNotEqualTo(structureOrganisation(structureId));

        JsonPath pending = given().auth().oauth2(facilitator()).queryParam("status", "PENDING").queryParam("size", 100)
                .when().get("/api/v1/structure-claims").then().statusCode(200).extract().jsonPath();
        int index = pending.<String>getList("items.id").indexOf(claim.id.toString());
        assertThat(index).isNotNegative();
        assertThat(pending.getString("items[" + index + "].personEmail")).isEqualTo(person);
        assertThat(pending.getString("items[" + index + "].personName")).isEqualTo("Sam Encadrant");
        assertThat(pending.getString("items[" + index + "].siret")).isEqualTo(profile.get("siret"));
        assertThat(pending.getString("items[" + index + "].method")).isEqualTo("QUEUE");
        assertThat(pending.getBoolean("items[" + index + "].personEmailVerified")).isTrue();

        decide(claim.id, "acceptance", null).statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("structureId", equalTo(structureId.toString()));

        assertThat(organisationIdOf(person)).isEqualTo(structureOrganisation(structureId));
        assertThat(count("select count(*) from organisation where id = '" + ownOrganisation + "'")).isZero();
        assertThat(mailsTo(person)).extracting(Mail::getSubject).contains(ClaimMails.ACCEPTED_SUBJECT);
        decide(claim.id, "acceptance", null).statusCode(409);
        decide(claim.id, "refusal", "Trop tard").statusCode(409);
    }

    @Test
    void a_facilitator_refuses_a_claim_with_a_reason_sent_to_the_person_who_keeps_no_structure() {
        Map<String, Object> profile = DirectoryFixtures.profile("Chantier Refusé " + DirectoryFixtures.word());
        profile.remove("email");
        UUID structureId = DirectoryFixtures.create(profile);
        String person = TestAccounts.uniqueEmail("refuse");
        signUpStructure(structure(person, (String) profile.get("siret"))).statusCode(202);
        verify(verificationToken(onlyMailTo(person))).statusCode(200);
        StructureClaim claim = claimOf(person);

        decide(claim.id, "refusal", "Nous ne trouvons pas de lien entre vous et cette structure.").statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("refusalReason", equalTo("Nous ne trouvons pas de lien entre vous et cette structure."));

        assertThat(claimOf(person).status).isEqualTo(ClaimStatus.REFUSED);
        assertThat(organisationIdOf(person)).isNotEqualTo(structureOrganisation(structureId));
        Mail refused = mailsTo(person).stream().filter(mail -> mail.getSubject().equals(ClaimMails.REFUSED_SUBJECT))
                .findFirst().orElseThrow();
        assertThat(refused.getText()).contains("Nous ne trouvons pas de lien entre vous et cette structure.");
        String access = TestAccounts.accessToken(person, PASSWORD);
        given().auth().oauth2(access).when().get("/api/v1/me/structures").then().statusCode(200).body("size()", equalTo(0));
        decide(claim.id, "refusal", "Encore").statusCode(409);
        decide(claim.id, "refusal", " ").statusCode(400).body("errors.field", contains("reason"));
    }

    @Test
    void a_structure_missing_from_the_directory_is_proposed_created_inactive_and_activated_on_acceptance() {
        String siret = DirectoryFixtures.siret();
        String person = TestAccounts.uniqueEmail("propose");
        Map<String, Object> body = structure(person, siret);

        signUpStructure(body).statusCode(400).body("errors.field", contains("proposal"));
        assertThat(count("select count(*) from app_user where email = '" + person + "'")).isZero();

        body.put("proposal", Map.of("name", "Jardins Nouveaux", "kind", "ACI", "address", "3 rue des Lilas",
                "postcode", "93100", "city", "Montreuil"));
        signUpStructure(body).statusCode(202);

        Structure proposed = QuarkusTransaction.requiringNew().call(() -> Structure.findBySiret(siret).orElseThrow());
        assertThat(proposed.active).isFalse();
        assertThat(proposed.name).isEqualTo("Jardins Nouveaux");
        assertThat(proposed.department).isEqualTo("93");
        StructureClaim claim = claimOf(person);
        assertThat(claim.method).isEqualTo(ClaimMethod.QUEUE);
        assertThat(claim.proposed).isTrue();
        given().auth().oauth2(DirectoryFixtures.BUYER).when().get("/api/v1/structures/" + proposed.id).then().statusCode(404);

        decide(claim.id, "acceptance", null).statusCode(200).body("proposal.name", equalTo("Jardins Nouveaux"))
                .body("proposal.postcode", equalTo("93100"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> Structure.<Structure>findById(proposed.id).active)).isTrue();
        assertThat(organisationIdOf(person)).isEqualTo(structureOrganisation(proposed.id));
    }

    @Test
    void a_known_address_gets_the_same_answer_and_no_claim_is_made() {
        Map<String, Object> profile = DirectoryFixtures.profile("Structure Connue " + DirectoryFixtures.word());
        profile.remove("email");
        UUID structureId = DirectoryFixtures.create(profile);
        TestAccounts.TestUser known = TestAccounts.user(fr.relanceiae.account.Role.siae);

        signUpStructure(structure(known.email(), (String) profile.get("siret"))).statusCode(202)
                .body("message", equalTo(SignUpService.ACCEPTED.message()));

        assertThat(count("select count(*) from structure_claim where structure_id = '" + structureId + "'")).isZero();
        assertThat(onlyMailTo(known.email()).getSubject()).isEqualTo("Vous avez déjà un compte Relance IAE");
    }

    @Test
    void only_facilitators_and_admins_decide_and_an_unknown_claim_is_not_found() {
        decide(UUID.randomUUID(), "acceptance", null).statusCode(404);
        given().auth().oauth2(DirectoryFixtures.BUYER).when().get("/api/v1/structure-claims").then().statusCode(403);
        given().when().get("/api/v1/structure-claims").then().statusCode(401);
    }

    private static ValidatableResponse decide(UUID id, String decision, String reason) {
        var request = given().auth().oauth2(facilitator()).contentType(ContentType.JSON);
        if (reason != null) {
            request = request.body(Map.of("reason", reason));
        }
        return request.when().post("/api/v1/structure-claims/" + id + "/" + decision).then();
    }

    private static String facilitator() {
        if (facilitator == null) {
            facilitator = TestAccounts.demoToken(DemoAccounts.FACILITATOR);
        }
        return facilitator;
    }

    private static StructureClaim claimOf(String email) {
        return QuarkusTransaction.requiringNew().call(() -> StructureClaim.<StructureClaim>find("user.email", email)
                .singleResult());
    }

    private static UUID organisationIdOf(String email) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByEmail(email).orElseThrow().organisation.id);
    }

    private static UUID structureOrganisation(UUID structureId) {
        return QuarkusTransaction.requiringNew().call(() -> Structure.<Structure>findById(structureId).organisation.id);
    }

    private static long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) AppUser.getEntityManager()
                .createNativeQuery(sql).getSingleResult()).longValue());
    }
}
