package fr.relanceiae.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ClientCredentialsTest {

    private static final String TOKEN = "/api/v1/auth/token";

    @Test
    void the_demo_client_gets_a_partner_token_with_basic_authentication() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        forgetLastUse(DemoAccounts.CLIENT_ID);
        String token = form().auth().preemptive().basic(DemoAccounts.CLIENT_ID, DemoAccounts.CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .when().post(TOKEN)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("scope", equalTo("directory:read sourcing:write sourcing:read supplies:read indicators:read"))
                .extract().path("access_token");

        JsonNode claims = new ObjectMapper().readTree(TestTokens.payloadJson(token));
        assertThat(claims.path("sub").asText()).isEqualTo(DemoAccounts.CLIENT_ID);
        assertThat(claims.path("groups").toString()).isEqualTo("[\"partner\"]");
        assertThat(claims.path("org").asText()).isEqualTo(
                PasswordFlowTest.demoOrganisationId(DemoAccounts.PARTNER_ORGANISATION));
        Instant lastUsed = QuarkusTransaction.requiringNew().call(() ->
                PartnerClient.findByClientId(DemoAccounts.CLIENT_ID).orElseThrow().lastUsedAt);
        assertThat(lastUsed).isAfter(before);
    }

    @Test
    void credentials_in_the_body_work_and_a_scope_subset_is_granted() {
        form().formParam("grant_type", "client_credentials")
                .formParam("client_id", DemoAccounts.CLIENT_ID)
                .formParam("client_secret", DemoAccounts.CLIENT_SECRET)
                .formParam("scope", "directory:read")
                .when().post(TOKEN)
                .then().statusCode(200)
                .body("scope", equalTo("directory:read"))
                .body("access_token", notNullValue());
    }

    @Test
    void a_partner_token_is_refused_on_me_and_on_admin_endpoints() {
        String token = form().formParam("grant_type", "client_credentials")
                .formParam("client_id", DemoAccounts.CLIENT_ID)
                .formParam("client_secret", DemoAccounts.CLIENT_SECRET)
                .when().post(TOKEN).then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/api/v1/admin/users").then().statusCode(403);
    }

    @Test
    void a_wrong_secret_with_basic_is_invalid_client_with_a_basic_challenge() {
        form().auth().preemptive().basic(DemoAccounts.CLIENT_ID, "pas-le-secret")
                .formParam("grant_type", "client_credentials")
                .when().post(TOKEN)
                .then().statusCode(401)
                .contentType(ContentType.JSON)
                .header("WWW-Authenticate", "Basic realm=\"relance-iae\"")
                .body("error", equalTo("invalid_client"))
                .body("error_description", notNullValue())
                .body("type", nullValue());
    }

    @Test
    void an_unknown_client_in_the_body_is_invalid_client_without_a_challenge() {
        oauthError(form().formParam("grant_type", "client_credentials")
                .formParam("client_id", "inconnu").formParam("client_secret", "x"), 401, "invalid_client")
                .header("WWW-Authenticate", nullValue());
    }

    @Test
    void no_client_authentication_is_invalid_client() {
        oauthError(form().formParam("grant_type", "client_credentials"), 401, "invalid_client");
    }

    @Test
    void an_inactive_client_is_invalid_client() {
        String clientId = "inactif-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            PartnerClient client = new PartnerClient();
            client.id = UUID.randomUUID();
            client.clientId = clientId;
            client.name = "Inactif";
            client.organisation = PartnerClient.findByClientId(DemoAccounts.CLIENT_ID).orElseThrow().organisation;
            client.secretHash = SecretTokens.hash("secret-inactif");
            client.active = false;
            client.persist();
        });
        oauthError(form().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", "secret-inactif"), 401, "invalid_client");
    }

    @Test
    void another_grant_type_is_unsupported_grant_type() {
        oauthError(basic().formParam("grant_type", "password"), 400, "unsupported_grant_type");
    }

    @Test
    void a_missing_grant_type_is_invalid_request() {
        oauthError(basic().formParam("scope", "directory:read"), 400, "invalid_request");
    }

    @Test
    void credentials_both_in_basic_and_in_the_body_are_invalid_request() {
        oauthError(basic().formParam("grant_type", "client_credentials")
                .formParam("client_id", DemoAccounts.CLIENT_ID)
                .formParam("client_secret", DemoAccounts.CLIENT_SECRET), 400, "invalid_request");
    }

    @Test
    void a_client_id_without_a_secret_is_invalid_request() {
        oauthError(form().formParam("grant_type", "client_credentials")
                .formParam("client_id", DemoAccounts.CLIENT_ID), 400, "invalid_request");
    }

    @Test
    void a_json_body_is_invalid_request() {
        oauthError(given().contentType(ContentType.JSON)
                .body("{\"grant_type\":\"client_credentials\"}"), 400, "invalid_request");
    }

    @Test
    void thirty_two_parallel_token_requests_of_one_client_all_get_a_token() throws Exception {
        forgetLastUse(DemoAccounts.CLIENT_ID);
        Instant before = Instant.now().minusSeconds(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Callable<Response>> requests = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                requests.add(() -> basic().formParam("grant_type", "client_credentials").when().post(TOKEN));
            }
            for (Future<Response> answer : pool.invokeAll(requests)) {
                Response response = answer.get();
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
                assertThat(response.<String>path("access_token")).isNotBlank();
            }
        } finally {
            pool.shutdown();
        }
        PartnerClient stored = QuarkusTransaction.requiringNew().call(() ->
                PartnerClient.findByClientId(DemoAccounts.CLIENT_ID).orElseThrow());
        assertThat(stored.lastUsedAt).isAfter(before);
    }

    @Test
    void an_unknown_scope_is_invalid_scope() {
        oauthError(basic().formParam("grant_type", "client_credentials")
                .formParam("scope", "directory:write"), 400, "invalid_scope")
                .body("error_description", containsString("directory:read"));
    }

    @Test
    void a_scope_beyond_the_clients_is_invalid_scope() {
        String clientId = "lecteur-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            PartnerClient client = new PartnerClient();
            client.id = UUID.randomUUID();
            client.clientId = clientId;
            client.name = "Lecteur";
            client.organisation = PartnerClient.findByClientId(DemoAccounts.CLIENT_ID).orElseThrow().organisation;
            client.secretHash = SecretTokens.hash("secret-lecteur");
            client.setScopes(List.of("directory:read"));
            client.persist();
        });
        oauthError(form().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", "secret-lecteur")
                .formParam("scope", "directory:read indicators:read"), 400, "invalid_scope");
    }

    /** The last use is noted at most once a minute: start from none. */
    static void forgetLastUse(String clientId) {
        QuarkusTransaction.requiringNew().run(() -> PartnerClient.update("lastUsedAt = null where clientId = ?1", clientId));
    }

    private static RequestSpecification form() {
        return given().contentType(ContentType.URLENC);
    }

    private static RequestSpecification basic() {
        return form().auth().preemptive().basic(DemoAccounts.CLIENT_ID, DemoAccounts.CLIENT_SECRET);
    }

    private static ValidatableResponse oauthError(RequestSpecification request, int status, String error) {
        return request.when().post(TOKEN)
                .then().statusCode(status)
                .contentType(ContentType.JSON)
                .body("error", equalTo(error))
                .body("error_description", notNullValue());
    }
}
