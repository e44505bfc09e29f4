package fr.relanceiae.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.Organisation;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class DuplicateKeysRefusedTest {

    @Test
    void a_json_body_naming_a_field_twice_is_a_400_malformed_request_and_creates_nothing() {
        String name = "Doublon " + UUID.randomUUID();
        given().auth().oauth2(TestTokens.valid(Roles.ADMIN)).contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"kind\":\"PUBLIC_BUYER\",\"kind\":false}")
                .when().post("/api/v1/admin/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/malformed-request"));
        long created = QuarkusTransaction.requiringNew().call(() -> Organisation.count("name", name));
        assertThat(created).isZero();
    }

    @Test
    void a_login_naming_the_email_twice_is_a_400_not_a_login() {
        given().contentType("application/json")
                .body("{\"email\":\"x@example.org\",\"password\":\"un mot de passe\",\"email\":\"y@example.org\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/malformed-request"));
    }
}
