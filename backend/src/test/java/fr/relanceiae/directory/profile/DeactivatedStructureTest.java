package fr.relanceiae.directory.profile;

import static fr.relanceiae.directory.DirectoryFixtures.ADMIN;
import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.FACILITATOR;
import static fr.relanceiae.directory.DirectoryFixtures.PARTNER;
import static fr.relanceiae.directory.DirectoryFixtures.as;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static fr.relanceiae.directory.DirectoryFixtures.siaeElsewhere;
import static fr.relanceiae.directory.DirectoryFixtures.siaeOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** A deactivated structure leaves the directory: only its own users, facilitators and admins still read it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class DeactivatedStructureTest {

    private UUID id;
    private String siret;
    private String ownUser;

    @BeforeEach
    void deactivateAStructure() {
        Map<String, Object> body = profile("Désactivée SARL");
        id = create(body);
        siret = (String) body.get("siret");
        ownUser = siaeOf(id);
        body.put("active", false);
        as(FACILITATOR).header("If-Match", "\"0\"").body(body).when().put("/api/v1/structures/" + id)
                .then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void buyers_cannot_read_it_by_id_or_by_siret() {
        assertHidden(BUYER);
    }

    @Test
    void partners_cannot_read_it_by_id_or_by_siret() {
        assertHidden(PARTNER);
    }

    @Test
    void users_of_another_structure_cannot_read_it_by_id_or_by_siret() {
        assertHidden(siaeElsewhere());
    }

    @Test
    void its_own_users_still_read_it() {
        assertVisible(ownUser);
    }

    @Test
    void facilitators_still_read_it() {
        assertVisible(FACILITATOR);
    }

    @Test
    void admins_still_read_it() {
        assertVisible(ADMIN);
    }

    private void assertHidden(String token) {
        byId(token).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/not-found"));
        bySiret(token).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/not-found"));
    }

    private void assertVisible(String token) {
        byId(token).statusCode(200).body("id", equalTo(id.toString())).body("active", equalTo(false));
        bySiret(token).statusCode(200).body("id", equalTo(id.toString())).body("active", equalTo(false));
    }

    private ValidatableResponse byId(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/structures/" + id).then();
    }

    private ValidatableResponse bySiret(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/structures/by-siret/" + siret).then();
    }
}
