package fr.relanceiae.account.signup;

import static fr.relanceiae.account.signup.SignUpFixtures.PASSWORD;
import static fr.relanceiae.account.signup.SignUpFixtures.buyer;
import static fr.relanceiae.account.signup.SignUpFixtures.login;
import static fr.relanceiae.account.signup.SignUpFixtures.mailsTo;
import static fr.relanceiae.account.signup.SignUpFixtures.onlyMailTo;
import static fr.relanceiae.account.signup.SignUpFixtures.post;
import static fr.relanceiae.account.signup.SignUpFixtures.signUpBuyer;
import static fr.relanceiae.account.signup.SignUpFixtures.verificationToken;
import static fr.relanceiae.account.signup.SignUpFixtures.verify;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.account.PasswordPolicy;
import fr.relanceiae.account.PasswordToken;
import fr.relanceiae.account.Role;
import fr.relanceiae.account.SessionService;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@SuppressWarnings("unchecked")
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SignUpTest {

    private static final String INVALID_TOKEN = "https://relance-iae.fr/problems/invalid-token";
    private static final String ACCEPTED = SignUpService.ACCEPTED.message();

    @Test
    void a_buyer_signs_up_verifies_the_email_from_the_mail_and_logs_in_and_the_link_works_once() {
        String email = TestAccounts.uniqueEmail("acheteuse");
        String organisationName = "Commune de Test " + UUID.randomUUID();
        Map<String, Object> body = buyer(email, organisationName);
        ((Map<String, Object>) body.get("organisation")).put("siret", "356 000 000 00015");

        signUpBuyer(body).statusCode(202).contentType(ContentType.JSON).body("message", equalTo(ACCEPTED));

        AppUser user = userOf(email);
        assertThat(user.active).isFalse();
        assertThat(user.emailVerified).isFalse();
        assertThat(user.role).isEqualTo(Role.buyer);
        assertThat(user.termsVersion).isEqualTo("2026-12");
        assertThat(user.privacyVersion).isEqualTo("2026-12");
        assertThat(user.termsAcceptedAt).isBetween(Instant.now().minusSeconds(120), Instant.now());
        Organisation organisation = organisationOf(user.id);
        assertThat(organisation.name).isEqualTo(organisationName);
        assertThat(organisation.kind).isEqualTo(OrganisationKind.PUBLIC_BUYER);
        assertThat(organisation.verified).isFalse();
        assertThat(organisation.siret).isEqualTo("35600000000015");

        Mail mail = onlyMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Confirmez votre adresse e-mail pour Relance IAE");
        assertThat(mail.getText()).contains("Bonjour Inès Acheteuse", "24 heures");
        // The right password of an account not verified yet: told so (only who knows the password learns it)
        login(email, PASSWORD).statusCode(401).body("detail", equalTo(SessionService.EMAIL_NOT_VERIFIED));
        login(email, "un autre mot de passe").statusCode(401).body("detail", equalTo("E-mail ou mot de passe incorrect."));

        String token = verificationToken(mail);
        verify(token).statusCode(200).body("email", equalTo(email)).body("nextStep", equalTo("LOG_IN"));
        assertThat(userOf(email).active).isTrue();
        assertThat(userOf(email).emailVerified).isTrue();
        login(email, PASSWORD).statusCode(200).body("user.role", equalTo("buyer"));

        verify(token).statusCode(400).contentType("application/problem+json").body("type", equalTo(INVALID_TOKEN));
        // A verification link never sets a password
        post("/api/v1/auth/password-token-checks", Map.of("token", token)).statusCode(200).body("valid", equalTo(false));
    }

    @Test
    void an_expired_link_is_refused_and_a_new_one_can_be_sent() {
        String email = TestAccounts.uniqueEmail("expire");
        signUpBuyer(buyer(email, "Entreprise " + UUID.randomUUID())).statusCode(202);
        String expired = verificationToken(onlyMailTo(email));
        UUID userId = userOf(email).id;
        QuarkusTransaction.requiringNew().run(() -> PasswordToken.update("expiresAt = ?1 where user.id = ?2",
                Instant.now().minusSeconds(1), userId));

        verify(expired).statusCode(400).body("type", equalTo(INVALID_TOKEN));
        assertThat(userOf(email).active).isFalse();

        post("/api/v1/sign-up/verification/resend", Map.of("email", email.toUpperCase())).statusCode(202)
                .body("message", equalTo(SignUpService.RESENT.message()));
        assertThat(mailsTo(email)).hasSize(2);
        String fresh = verificationToken(mailsTo(email).get(1));
        verify(fresh).statusCode(200);
        login(email, PASSWORD).statusCode(200);
    }

    @Test
    void a_resend_for_an_unknown_or_verified_address_answers_the_same_and_sends_nothing() {
        String unknown = TestAccounts.uniqueEmail("inconnu");
        TestAccounts.TestUser known = TestAccounts.user(Role.buyer);
        for (String email : new String[] { unknown, known.email() }) {
            post("/api/v1/sign-up/verification/resend", Map.of("email", email)).statusCode(202)
                    .body("message", equalTo(SignUpService.RESENT.message()));
            assertThat(mailsTo(email)).isEmpty();
        }
    }

    @Test
    void signing_up_with_a_known_address_answers_the_same_creates_nothing_and_mails_its_holder() {
        TestAccounts.TestUser known = TestAccounts.user(Role.buyer);
        String organisationName = "Doublon " + UUID.randomUUID();
        long users = count("select count(*) from app_user");

        signUpBuyer(buyer(known.email().toUpperCase(), organisationName)).statusCode(202)
                .body("message", equalTo(ACCEPTED)).body("size()", equalTo(1));

        assertThat(count("select count(*) from app_user")).isEqualTo(users);
        assertThat(count("select count(*) from organisation where name = '" + organisationName + "'")).isZero();
        Mail mail = onlyMailTo(known.email());
        assertThat(mail.getSubject()).isEqualTo("Vous avez déjà un compte Relance IAE");
        assertThat(mail.getText()).contains("Vous avez déjà un compte", "http://localhost:8081/connexion");
        login(known.email(), known.password()).statusCode(200);
    }

    @Test
    void a_filled_honeypot_gets_the_same_answer_and_nothing_is_created_or_sent() {
        String email = TestAccounts.uniqueEmail("robot");
        String organisationName = "Robot " + UUID.randomUUID();
        Map<String, Object> body = buyer(email, organisationName);
        body.put("website", "https://spam.example");

        signUpBuyer(body).statusCode(202).body("message", equalTo(ACCEPTED));

        assertThat(count("select count(*) from app_user where email = '" + email + "'")).isZero();
        assertThat(count("select count(*) from organisation where name = '" + organisationName + "'")).isZero();
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void common_or_short_passwords_missing_consent_and_a_wrong_siret_are_refused_field_by_field() {
        String email = TestAccounts.uniqueEmail("refus");
        Map<String, Object> common = buyer(email, "Refus " + UUID.randomUUID());
        common.put("password", "Azertyuiop");
        signUpBuyer(common).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("password"))
                .body("errors[0].message", equalTo(PasswordPolicy.TOO_COMMON));

        Map<String, Object> shortOne = buyer(email, "Refus " + UUID.randomUUID());
        shortOne.put("password", "Kx9#mq2!");
        signUpBuyer(shortOne).statusCode(400).body("errors.field", contains("password"))
                .body("errors[0].message", equalTo(PasswordPolicy.TOO_SHORT));

        Map<String, Object> noConsent = buyer(email, "Refus " + UUID.randomUUID());
        noConsent.put("acceptTerms", false);
        signUpBuyer(noConsent).statusCode(400).body("errors.field", contains("acceptTerms"));

        Map<String, Object> wrongSiret = buyer(email, "Refus " + UUID.randomUUID());
        ((Map<String, Object>) wrongSiret.get("organisation")).put("siret", "12345678901234");
        signUpBuyer(wrongSiret).statusCode(400).body("errors.field", contains("organisation.siret"));

        assertThat(count("select count(*) from app_user where email = '" + email + "'")).isZero();
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void the_password_policy_applies_to_a_reset_and_to_a_change() {
        TestAccounts.TestUser user = TestAccounts.user(Role.buyer);
        String token = TestAccounts.accessToken(user.email(), user.password());
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", user.password(), "newPassword", "MotDePasse2"))
                .when().put("/api/v1/me/password")
                .then().statusCode(400).body("errors.field", contains("newPassword"));
        post("/api/v1/auth/password-resets", Map.of("token", "inconnu", "password", "qwertyuiop"))
                .statusCode(400).body("errors.field", contains("password"));
        login(user.email(), user.password()).statusCode(200);
    }

    static AppUser userOf(String email) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByEmail(email).orElseThrow());
    }

    static Organisation organisationOf(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation organisation = AppUser.<AppUser>findById(userId).organisation;
            organisation.name.length();
            return organisation;
        });
    }

    static long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) AppUser.getEntityManager()
                .createNativeQuery(sql).getSingleResult()).longValue());
    }
}
