package fr.relanceiae.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;
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
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Who may call what: every secured endpoint, without a token, with a wrong role and with broken tokens. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class AccessControlTest {

    private static final String UNAUTHORIZED = "https://relance-iae.fr/problems/unauthorized";
    private static final String FORBIDDEN = "https://relance-iae.fr/problems/forbidden";
    private static final String ANY_ID = UUID.randomUUID().toString();

    record Endpoint(String method, String path, List<String> allowedRoles) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<String> PEOPLE = List.of(Roles.BUYER, Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN);
    private static final List<String> ADMIN = List.of(Roles.ADMIN);

    static final List<Endpoint> SECURED = List.of(
            new Endpoint("GET", "/api/v1/me", PEOPLE),
            new Endpoint("PUT", "/api/v1/me/password", PEOPLE),
            new Endpoint("GET", "/api/v1/admin/organisations", ADMIN),
            new Endpoint("POST", "/api/v1/admin/organisations", ADMIN),
            new Endpoint("PUT", "/api/v1/admin/organisations/" + ANY_ID, ADMIN),
            new Endpoint("GET", "/api/v1/admin/users", ADMIN),
            new Endpoint("POST", "/api/v1/admin/users", ADMIN),
            new Endpoint("PUT", "/api/v1/admin/users/" + ANY_ID, ADMIN),
            new Endpoint("POST", "/api/v1/admin/users/" + ANY_ID + "/invitation", ADMIN),
            new Endpoint("GET", "/api/v1/admin/partner-clients", ADMIN),
            new Endpoint("POST", "/api/v1/admin/partner-clients", ADMIN),
            new Endpoint("PUT", "/api/v1/admin/partner-clients/" + ANY_ID, ADMIN),
            new Endpoint("POST", "/api/v1/admin/partner-clients/" + ANY_ID + "/secret", ADMIN));

    static Stream<Endpoint> securedEndpoints() {
        return SECURED.stream();
    }

    static Stream<Arguments> endpointsWithAForbiddenRole() {
        List<String> roles = List.of(Roles.BUYER, Roles.SIAE, Roles.FACILITATOR, Roles.PARTNER, Roles.ADMIN);
        return SECURED.stream().flatMap(endpoint -> roles.stream()
                .filter(role -> !endpoint.allowedRoles().contains(role))
                .map(role -> Arguments.of(endpoint, role)));
    }

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
    @MethodSource("securedEndpoints")
    void every_secured_endpoint_without_a_token_answers_401_problem(Endpoint endpoint) {
        call(given(), endpoint)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo(UNAUTHORIZED));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("endpointsWithAForbiddenRole")
    void every_secured_endpoint_with_a_wrong_role_answers_403_problem(Endpoint endpoint, String role) {
        call(given().auth().oauth2(TestTokens.valid(role)), endpoint)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(FORBIDDEN));
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

    private static Response call(RequestSpecification request, Endpoint endpoint) {
        RequestSpecification withBody = endpoint.method().equals("GET") ? request
                : request.contentType(ContentType.JSON).body("{}");
        return withBody.when().request(endpoint.method(), endpoint.path());
    }
}
