package fr.relanceiae.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestAccounts.TestUser;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class PasswordFlowTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8081/definir-mot-de-passe\\?token=([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "nouveau mot de passe";
    private static final String INVALID_TOKEN = "https://relance-iae.fr/problems/invalid-token";

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    @Test
    void an_invited_user_sets_a_password_from_the_email_and_logs_in() {
        String email = TestAccounts.uniqueEmail("invite");
        String organisationId = demoOrganisationId(DemoAccounts.BUYER_ORGANISATION);
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", "Inès Invitée", "role", "buyer", "organisationId", organisationId))
                .when().post("/api/v1/admin/users")
                .then().statusCode(201).body("passwordSet", equalTo(false));

        Mail mail = onlyMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Votre compte Relance IAE");
        assertThat(mail.getText()).contains("Bonjour Inès Invitée", "Ville de Montreuil", "72 heures");
        LoginTest.login(email, NEW_PASSWORD).statusCode(401);

        setPassword(tokenIn(mail), NEW_PASSWORD).statusCode(204);

        LoginTest.login(email, NEW_PASSWORD).statusCode(200).body("user.role", equalTo("buyer"));
        PasswordToken used = QuarkusTransaction.requiringNew().call(() -> PasswordToken
                .<PasswordToken>find("user.email", email).singleResult());
        assertThat(used.purpose).isEqualTo(PasswordToken.Purpose.INVITATION);
        assertThat(used.usedAt).isNotNull();
        assertThat(used.expiresAt).isBetween(Instant.now().plusSeconds(71 * 3600), Instant.now().plusSeconds(72 * 3600));
    }

    @Test
    void a_forgotten_password_is_reset_from_the_email_and_sessions_end() {
        TestUser user = TestAccounts.user(Role.siae);
        String sessionCookie = SessionTest.loginCookie(user);

        requestReset(user.email().toUpperCase()).statusCode(202);
        Mail mail = onlyMailTo(user.email());
        assertThat(mail.getText()).contains("réinitialisation", "1 heure");

        setPassword(tokenIn(mail), NEW_PASSWORD).statusCode(204);

        LoginTest.login(user.email(), user.password()).statusCode(401);
        LoginTest.login(user.email(), NEW_PASSWORD).statusCode(200);
        SessionTest.refresh(sessionCookie).statusCode(401);
    }

    @Test
    void a_reset_request_for_an_unknown_email_answers_the_same_and_sends_nothing() {
        String email = TestAccounts.uniqueEmail("personne");
        requestReset(email).statusCode(202);
        assertThat(mailbox.getMailsSentTo(email)).isNullOrEmpty();
        assertThat(mailbox.getTotalMessagesSent()).isZero();
    }

    @Test
    void reset_requests_are_capped_per_hour_without_telling_the_caller() {
        TestUser user = TestAccounts.user(Role.buyer);
        for (int request = 0; request < 5; request++) {
            requestReset(user.email()).statusCode(202);
        }
        assertThat(mailbox.getMailsSentTo(user.email())).hasSize(3);
    }

    @Test
    void a_link_works_once() {
        TestUser user = TestAccounts.user(Role.buyer);
        requestReset(user.email()).statusCode(202);
        String token = tokenIn(onlyMailTo(user.email()));
        setPassword(token, NEW_PASSWORD).statusCode(204);
        setPassword(token, "encore un autre mot de passe").statusCode(400)
                .contentType("application/problem+json").body("type", equalTo(INVALID_TOKEN));
    }

    @Test
    void an_expired_or_unknown_link_is_an_invalid_token_problem() {
        TestUser user = TestAccounts.user(Role.buyer);
        requestReset(user.email()).statusCode(202);
        String token = tokenIn(onlyMailTo(user.email()));
        QuarkusTransaction.requiringNew().run(() -> PasswordToken.update("expiresAt = ?1 where user.id = ?2",
                Instant.now().minusSeconds(1), user.id()));

        setPassword(token, NEW_PASSWORD).statusCode(400).body("type", equalTo(INVALID_TOKEN));
        setPassword("inconnu", NEW_PASSWORD).statusCode(400).body("type", equalTo(INVALID_TOKEN));
        LoginTest.login(user.email(), user.password()).statusCode(200);
    }

    @Test
    void a_link_is_checked_without_being_used_and_the_answer_names_no_one() {
        TestUser user = TestAccounts.user(Role.buyer);
        requestReset(user.email()).statusCode(202);
        String token = tokenIn(onlyMailTo(user.email()));

        checkToken(token).statusCode(200).contentType("application/json")
                .body("valid", equalTo(true)).body("purpose", equalTo("RESET"))
                .body("size()", equalTo(2));
        checkToken(token).statusCode(200).body("valid", equalTo(true));
        assertThat(QuarkusTransaction.requiringNew().call(() -> PasswordToken
                .<PasswordToken>find("user.id", user.id()).singleResult().usedAt)).as("not used up").isNull();

        setPassword(token, NEW_PASSWORD).statusCode(204);
        checkToken(token).statusCode(200).body("valid", equalTo(false)).body("$", not(hasKey("purpose")));
    }

    @Test
    void an_invitation_link_says_so_and_expired_or_unknown_links_are_invalid() {
        String email = TestAccounts.uniqueEmail("verifie");
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", "Vérifiée", "role", "buyer",
                        "organisationId", demoOrganisationId(DemoAccounts.BUYER_ORGANISATION)))
                .when().post("/api/v1/admin/users").then().statusCode(201);
        String token = tokenIn(onlyMailTo(email));
        checkToken(token).statusCode(200).body("valid", equalTo(true)).body("purpose", equalTo("INVITATION"));

        QuarkusTransaction.requiringNew().run(() -> PasswordToken.update("expiresAt = ?1 where user.email = ?2",
                Instant.now().minusSeconds(1), email));
        checkToken(token).statusCode(200).body("valid", equalTo(false)).body("purpose", nullValue());
        checkToken("un-lien-inconnu").statusCode(200).body("valid", equalTo(false));
        checkToken("").statusCode(400).body("errors.field", contains("token"));
    }

    @Test
    void a_new_invitation_replaces_the_previous_link() {
        TestUser user = TestAccounts.user(Role.buyer);
        String admin = TestAccounts.adminToken();
        given().auth().oauth2(admin).when().post("/api/v1/admin/users/" + user.id() + "/invitation").then().statusCode(202);
        String first = tokenIn(onlyMailTo(user.email()));
        mailbox.clear();
        given().auth().oauth2(admin).when().post("/api/v1/admin/users/" + user.id() + "/invitation").then().statusCode(202);
        String second = tokenIn(onlyMailTo(user.email()));

        setPassword(first, NEW_PASSWORD).statusCode(400).body("type", equalTo(INVALID_TOKEN));
        setPassword(second, NEW_PASSWORD).statusCode(204);
    }

    @Test
    void a_password_shorter_than_ten_characters_is_a_validation_error() {
        setPassword("peu-importe", "court").statusCode(400)
                .body("type", equalTo("https://relance-iae.fr/problems/validation"))
                .body("errors.field", contains("password"));
    }

    @Test
    void a_user_changes_their_password_with_the_current_one() {
        TestUser user = TestAccounts.user(Role.facilitator);
        String token = TestAccounts.accessToken(user.email(), user.password());

        changePassword(token, "pas le mot de passe", NEW_PASSWORD).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/validation"))
                .body("errors.field", contains("currentPassword"));

        changePassword(token, user.password(), NEW_PASSWORD).statusCode(204);
        LoginTest.login(user.email(), user.password()).statusCode(401);
        LoginTest.login(user.email(), NEW_PASSWORD).statusCode(200);
    }

    @Test
    void a_new_password_too_short_is_refused_on_its_field() {
        TestUser user = TestAccounts.user(Role.buyer);
        changePassword(TestAccounts.accessToken(user.email(), user.password()), user.password(), "court")
                .statusCode(400).body("errors.field", contains("newPassword"));
    }

    private Mail onlyMailTo(String email) {
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String tokenIn(Mail mail) {
        Matcher matcher = LINK.matcher(mail.getText());
        assertThat(matcher.find()).as("link in %s", mail.getText()).isTrue();
        return matcher.group(1);
    }

    private static ValidatableResponse requestReset(String email) {
        return given().contentType(ContentType.JSON).body(new PasswordResetRequest(email))
                .when().post("/api/v1/auth/password-reset-requests").then();
    }

    private static ValidatableResponse setPassword(String token, String password) {
        return given().contentType(ContentType.JSON).body(new PasswordResetConfirmation(token, password))
                .when().post("/api/v1/auth/password-resets").then();
    }

    private static ValidatableResponse checkToken(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/v1/auth/password-token-checks").then();
    }

    private static ValidatableResponse changePassword(String accessToken, String current, String next) {
        return given().auth().oauth2(accessToken).contentType(ContentType.JSON)
                .body(new PasswordChange(current, next))
                .when().put("/api/v1/me/password").then();
    }

    static String demoOrganisationId(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Organisation.<Organisation>find("name", name)
                .singleResult().id.toString());
    }
}
