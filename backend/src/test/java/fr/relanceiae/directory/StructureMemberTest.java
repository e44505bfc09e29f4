package fr.relanceiae.directory;

import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.FACILITATOR;
import static fr.relanceiae.directory.DirectoryFixtures.as;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Role;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

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
}
