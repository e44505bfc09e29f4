package fr.relanceiae.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Broken and forged tokens. Who may call what (every operation × every kind of
 * caller) is the access matrix: {@link fr.relanceiae.shared.security.AccessMatrixTest}.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class AccessControlTest {

    private static final String UNAUTHORIZED = "https://relance-iae.fr/problems/unauthorized";

    static Stream<Arguments> brokenTokens() {
        return Stream.of(
                Arguments.of("signed with another key", TestTokens.signedWithAnotherKey(Roles.ADMIN)),
                Arguments.of("wrong issuer", TestTokens.withIssuer(Roles.ADMIN, "https://ailleurs.example")),
                Arguments.of("wrong audience", TestTokens.withAudience(Roles.ADMIN, "autre-application")),
                Arguments.of("expired", TestTokens.expired(Roles.ADMIN)),
                Arguments.of("alg none", TestTokens.unsigned(Roles.ADMIN)),
                Arguments.of("not a JWT", "n-importe-quoi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTokens")
    void a_broken_token_is_401_even_with_the_admin_group(String why, String token) {
        given().auth().oauth2(token).when().get("/api/v1/admin/organisations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo(UNAUTHORIZED));
    }

    @Test
    void a_valid_hand_signed_admin_token_is_accepted() {
        given().auth().oauth2(TestTokens.valid(Roles.ADMIN)).when().get("/api/v1/admin/organisations")
                .then().statusCode(200);
    }
}
