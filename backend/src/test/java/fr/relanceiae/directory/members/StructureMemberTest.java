package fr.relanceiae.directory.members;

import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.FACILITATOR;
import static fr.relanceiae.directory.DirectoryFixtures.as;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.PasswordToken;
import fr.relanceiae.account.RefreshToken;
import fr.relanceiae.account.Role;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class StructureMemberTest {

    @Inject
    MockMailbox mailbox;

    @Test
    void a_facilitator_invites_a_new_member_who_acts_for_the_structure() {
        UUID id = create(profile("Avec membres"));
        String email = TestAccounts.uniqueEmail("membre");
        as(FACILITATOR).body(Map.of("email", email, "displayName", "Nouveau Membre")).when()
                .post("/api/v1/structures/" + id + "/members").then().statusCode(201)
                .body("email", equalTo(email)).body("passwordSet", equalTo(false));
        assertThat(mailbox.getMailsSentTo(email)).hasSize(1);
        assertThat(mailbox.getMailsSentTo(email).get(0).getText()).contains("Avec membres");

        QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = AppUser.findByEmail(email).orElseThrow();
            assertThat(user.role).isEqualTo(Role.siae);
            assertThat(user.organisation.id).isEqualTo(Structure.<Structure>findById(id).organisation.id);
        });
        given().auth().oauth2(FACILITATOR).when().get("/api/v1/structures/" + id + "/members").then().statusCode(200)
                .body("email", equalTo(List.of(email)));
    }

    @Test
    void an_existing_siae_user_without_a_structure_is_attached() {
        UUID id = create(profile("Rattachement"));
        TestAccounts.TestUser user = TestAccounts.user(Role.siae);
        as(FACILITATOR).body(Map.of("email", user.email(), "displayName", "Ignoré")).when()
                .post("/api/v1/structures/" + id + "/members").then().statusCode(200)
                .body("id", equalTo(user.id().toString()));
        QuarkusTransaction.requiringNew().run(() -> assertThat(AppUser.<AppUser>findById(user.id()).organisation.id)
                .isEqualTo(Structure.<Structure>findById(id).organisation.id));
    }

    @Test
    void users_of_another_role_or_structure_are_conflicts_that_never_name_the_role() {
        UUID id = create(profile("Conflits"));
        TestAccounts.TestUser buyer = TestAccounts.user(Role.buyer);
        as(FACILITATOR).body(Map.of("email", buyer.email(), "displayName", "X")).when()
                .post("/api/v1/structures/" + id + "/members").then().statusCode(409)
                .body("detail", equalTo("Cette adresse e-mail ne peut pas être utilisée pour un membre de la structure."))
                .body("detail", not(containsStringIgnoringCase("buyer")))
                .body("detail", not(containsStringIgnoringCase("acheteur")));
        UUID other = create(profile("Autre structure"));
        String email = TestAccounts.uniqueEmail("ailleurs");
        as(FACILITATOR).body(Map.of("email", email, "displayName", "Ailleurs")).when()
                .post("/api/v1/structures/" + other + "/members").then().statusCode(201);
        as(FACILITATOR).body(Map.of("email", email, "displayName", "Ailleurs")).when()
                .post("/api/v1/structures/" + id + "/members").then().statusCode(409);
    }

    @Test
    void only_facilitators_and_admins_manage_members() {
        UUID id = create(profile("Membres protégés"));
        Map<String, String> body = Map.of("email", TestAccounts.uniqueEmail("x"), "displayName", "X");
        as(BUYER).body(body).when().post("/api/v1/structures/" + id + "/members").then().statusCode(403);
        as(DirectoryFixtures.siaeOf(id)).body(body).when().post("/api/v1/structures/" + id + "/members").then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/structures/" + id + "/members").then()
                .statusCode(401);
        given().auth().oauth2(BUYER).when().get("/api/v1/structures/" + id + "/members").then().statusCode(403);
        given().when().get("/api/v1/structures/" + id + "/members").then().statusCode(401);
    }

    private static final Pattern LINK = Pattern.compile("definir-mot-de-passe\\?token=([A-Za-z0-9_-]+)");

    @Test
    void a_withdrawn_invitation_kills_its_link_and_leaves_the_account_in_place() {
        UUID id = create(profile("Invitation retirée"));
        String email = TestAccounts.uniqueEmail("retiree");
        UUID userId = UUID.fromString(invite(id, email).statusCode(201).extract().path("id"));
        String token = tokenIn(email);
        checkToken(token).statusCode(200).body("valid", equalTo(true));

        as(FACILITATOR).when().delete("/api/v1/structures/" + id + "/members/" + userId).then().statusCode(204);

        checkToken(token).statusCode(200).body("valid", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("token", token, "password", "un mot de passe sûr"))
                .when().post("/api/v1/auth/password-resets").then().statusCode(400)
                .body("type", equalTo("https://relance-iae.fr/problems/invalid-token"));
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = AppUser.findById(userId);
            assertThat(user).as("the account is kept").isNotNull();
            assertThat(user.active).isFalse();
            assertThat(user.passwordHash).isNull();
            assertThat(PasswordToken.count("user.id = ?1 and usedAt is null", userId)).isZero();
        });
        given().auth().oauth2(FACILITATOR).when().get("/api/v1/structures/" + id + "/members").then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void a_removed_member_loses_access_keeps_their_data_and_can_be_added_back() {
        UUID id = create(profile("Membre retiré"));
        TestAccounts.TestUser user = TestAccounts.user(Role.siae);
        as(FACILITATOR).body(Map.of("email", user.email(), "displayName", "X")).when()
                .post("/api/v1/structures/" + id + "/members").then().statusCode(200);
        String session = TestAccounts.accessToken(user.email(), user.password());
        assertThat(session).isNotBlank();
        String otherEmail = TestAccounts.uniqueEmail("reste");
        invite(id, otherEmail).statusCode(201);

        as(DirectoryFixtures.ADMIN).when().delete("/api/v1/structures/" + id + "/members/" + user.id()).then()
                .statusCode(204);

        QuarkusTransaction.requiringNew().run(() -> {
            AppUser removed = AppUser.findById(user.id());
            assertThat(removed.active).isFalse();
            assertThat(removed.passwordHash).as("nothing of the account is deleted").isNotNull();
            assertThat(removed.organisation.id).isEqualTo(Structure.<Structure>findById(id).organisation.id);
            assertThat(RefreshToken.count("user.id = ?1 and revokedAt is null", user.id())).isZero();
            assertThat(Structure.<Structure>findById(id)).as("the structure stays").isNotNull();
        });
        given().contentType(ContentType.JSON).body(Map.of("email", user.email(), "password", user.password()))
                .when().post("/api/v1/auth/login").then().statusCode(401);
        given().auth().oauth2(FACILITATOR).when().get("/api/v1/structures/" + id + "/members").then().statusCode(200)
                .body("email", contains(otherEmail));
        // Removed twice: no longer a member.
        as(FACILITATOR).when().delete("/api/v1/structures/" + id + "/members/" + user.id()).then().statusCode(404);

        // A removed member may act for another structure, and gets their access back there.
        UUID other = create(profile("Nouvelle structure du membre"));
        as(FACILITATOR).body(Map.of("email", user.email(), "displayName", "X")).when()
                .post("/api/v1/structures/" + other + "/members").then().statusCode(200).body("active", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("email", user.email(), "password", user.password()))
                .when().post("/api/v1/auth/login").then().statusCode(200);
    }

    @Test
    void the_last_member_may_be_removed() {
        UUID id = create(profile("Dernier membre"));
        UUID userId = UUID.fromString(invite(id, TestAccounts.uniqueEmail("dernier")).statusCode(201)
                .extract().path("id"));
        as(FACILITATOR).when().delete("/api/v1/structures/" + id + "/members/" + userId).then().statusCode(204);
        given().auth().oauth2(FACILITATOR).when().get("/api/v1/structures/" + id + "/members").then().body("$", empty());
    }

    @Test
    void only_members_of_this_structure_can_be_removed_and_only_by_facilitators_and_admins() {
        UUID id = create(profile("Retrait protégé"));
        UUID other = create(profile("Autre retrait"));
        UUID member = UUID.fromString(invite(id, TestAccounts.uniqueEmail("protege")).statusCode(201)
                .extract().path("id"));
        String path = "/api/v1/structures/" + id + "/members/" + member;
        as(BUYER).when().delete(path).then().statusCode(403);
        as(DirectoryFixtures.siaeOf(id)).when().delete(path).then().statusCode(403);
        given().when().delete(path).then().statusCode(401);
        as(FACILITATOR).when().delete("/api/v1/structures/" + other + "/members/" + member).then().statusCode(404)
                .contentType("application/problem+json");
        TestAccounts.TestUser buyer = TestAccounts.user(Role.buyer);
        as(FACILITATOR).when().delete("/api/v1/structures/" + id + "/members/" + buyer.id()).then().statusCode(404);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(AppUser.<AppUser>findById(member).active).isTrue();
            assertThat(AppUser.<AppUser>findById(buyer.id()).active).isTrue();
        });
    }

    @Test
    void an_email_without_a_dot_in_its_domain_is_refused_on_its_field() {
        UUID id = create(profile("Adresse sans point"));
        invite(id, "personne@exemple").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("email"))
                .body("errors[0].message", containsStringIgnoringCase("point"));
        invite(id, "personne@exemple.").statusCode(400).body("errors.field", contains("email"));
        QuarkusTransaction.requiringNew().run(() -> assertThat(AppUser.findByEmail("personne@exemple")).isEmpty());
    }

    private static ValidatableResponse invite(UUID structureId, String email) {
        return as(FACILITATOR).body(Map.of("email", email, "displayName", "Invitée")).when()
                .post("/api/v1/structures/" + structureId + "/members").then();
    }

    private static ValidatableResponse checkToken(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/v1/auth/password-token-checks").then();
    }

    private String tokenIn(String email) {
        List<io.quarkus.mailer.Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).isNotEmpty();
        Matcher matcher = LINK.matcher(mails.get(mails.size() - 1).getText());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
