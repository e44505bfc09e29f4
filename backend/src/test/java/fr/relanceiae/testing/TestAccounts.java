package fr.relanceiae.testing;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.account.Passwords;
import fr.relanceiae.account.Role;
import fr.relanceiae.demo.DemoAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/** Accounts made straight in the database, and logins through the API, for tests. */
public final class TestAccounts {

    public static final String PASSWORD = "un mot de passe solide";

    private TestAccounts() {
    }

    public record TestUser(UUID id, String email, String password, UUID organisationId) {
    }

    /** A unique e-mail, so that tests sharing the database never meet. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.relance-iae.fr";
    }

    /** An active user with {@link #PASSWORD}, alone in a new organisation. */
    public static TestUser user(Role role) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation organisation = Organisation.create("Organisation " + UUID.randomUUID(),
                    OrganisationKind.PUBLIC_BUYER, true);
            organisation.persist();
            AppUser user = new AppUser();
            user.id = UUID.randomUUID();
            user.email = uniqueEmail(role.name());
            user.displayName = "Personne de test";
            user.role = role;
            user.organisation = organisation;
            user.passwordHash = Passwords.hash(PASSWORD);
            user.persist();
            return new TestUser(user.id, user.email, PASSWORD, organisation.id);
        });
    }

    public static void setUserActive(UUID userId, boolean active) {
        QuarkusTransaction.requiringNew().run(() -> AppUser.<AppUser>findById(userId).active = active);
    }

    /** Logs in through the API and answers the access token. */
    public static String accessToken(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(200)
                .extract().path("accessToken");
    }

    public static String demoToken(String email) {
        return accessToken(email, DemoAccounts.PASSWORD);
    }

    public static String adminToken() {
        return demoToken(DemoAccounts.ADMIN);
    }

    public static String buyerToken() {
        return demoToken(DemoAccounts.BUYER);
    }
}
