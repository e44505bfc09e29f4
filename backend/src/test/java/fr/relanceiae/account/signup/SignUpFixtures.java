package fr.relanceiae.account.signup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.relanceiae.shared.outbox.OutboxWorker;
import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Sign-up through the API, and the mails it sends read from the mock mailbox (the outbox sent first). */
public final class SignUpFixtures {

    /** Long enough, and in no list of common passwords. */
    public static final String PASSWORD = "trois chats gris au marché";

    private static final Pattern VERIFICATION = Pattern.compile(
            "http://localhost:8081/inscription/verification\\?jeton=([A-Za-z0-9_-]+)");
    private static final Pattern CLAIM = Pattern.compile(
            "http://localhost:8081/rattachement/confirmation\\?jeton=([A-Za-z0-9_-]+)");

    private SignUpFixtures() {
    }

    public static Map<String, Object> buyer(String email, String organisationName) {
        Map<String, Object> organisation = new HashMap<>();
        organisation.put("name", organisationName);
        organisation.put("kind", "PUBLIC_BUYER");
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("displayName", "Inès Acheteuse");
        body.put("password", PASSWORD);
        body.put("organisation", organisation);
        body.put("acceptTerms", true);
        return body;
    }

    public static Map<String, Object> structure(String email, String siret) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("displayName", "Sam Encadrant");
        body.put("password", PASSWORD);
        body.put("siret", siret);
        body.put("acceptTerms", true);
        return body;
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static ValidatableResponse signUpBuyer(Map<String, Object> body) {
        return post("/api/v1/sign-up/buyer", body);
    }

    public static ValidatableResponse signUpStructure(Map<String, Object> body) {
        return post("/api/v1/sign-up/structure", body);
    }

    public static ValidatableResponse verify(String token) {
        return post("/api/v1/sign-up/verification", Map.of("token", token));
    }

    public static ValidatableResponse login(String email, String password) {
        return post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    /** The mails sent to this address so far, after everything due in the outbox was sent. */
    public static List<Mail> mailsTo(String address) {
        OutboxWorker worker = Arc.container().instance(OutboxWorker.class).get();
        while (worker.sendDue() > 0) {
            // until nothing due is left
        }
        List<Mail> mails = Arc.container().instance(MockMailbox.class).get().getMailsSentTo(address);
        return mails == null ? List.of() : mails;
    }

    public static Mail onlyMailTo(String address) {
        List<Mail> mails = mailsTo(address);
        assertThat(mails).as("mails to " + address).hasSize(1);
        return mails.get(0);
    }

    public static String verificationToken(Mail mail) {
        return tokenIn(mail, VERIFICATION);
    }

    public static String claimToken(Mail mail) {
        return tokenIn(mail, CLAIM);
    }

    private static String tokenIn(Mail mail, Pattern link) {
        Matcher matcher = link.matcher(mail.getText());
        assertThat(matcher.find()).as("a link in: " + mail.getText()).isTrue();
        return matcher.group(1);
    }
}
