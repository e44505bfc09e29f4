package fr.relanceiae.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestAccounts.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Users, organisations and partner clients are updated as structures are: If-Match on the version read. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class AdminVersionTest {

    private static final String PROBLEMS = "https://relance-iae.fr/problems/";

    private String adminToken;

    @BeforeEach
    void logInAsAdmin() {
        adminToken = TestAccounts.adminToken();
    }

    @Test
    void ten_concurrent_updates_of_a_user_with_the_same_if_match_make_one_winner_and_nine_412() throws Exception {
        TestUser user = TestAccounts.user(Role.buyer);
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bodies.add(userInput(user, "Personne " + i));
        }
        Map<String, Object> winner = oneWinnerAmong("/api/v1/admin/users/" + user.id(), bodies);
        AppUser stored = QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>findById(user.id()));
        assertThat(stored.displayName).isEqualTo(winner.get("displayName"));
        assertThat(stored.version).isEqualTo(1);
    }

    @Test
    void ten_concurrent_updates_of_an_organisation_make_one_winner() throws Exception {
        TestUser user = TestAccounts.user(Role.buyer);
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bodies.add(Map.of("name", "Organisation " + i, "kind", "PUBLIC_BUYER"));
        }
        Map<String, Object> winner = oneWinnerAmong("/api/v1/admin/organisations/" + user.organisationId(), bodies);
        Organisation stored = QuarkusTransaction.requiringNew().call(() ->
                Organisation.<Organisation>findById(user.organisationId()));
        assertThat(stored.name).isEqualTo(winner.get("name"));
        assertThat(stored.version).isEqualTo(1);
    }

    @Test
    void ten_concurrent_updates_of_a_partner_client_make_one_winner() throws Exception {
        Map<String, Object> input = clientInput("concurrent-" + System.nanoTime(), List.of("directory:read"));
        String id = admin().body(input).when().post("/api/v1/admin/partner-clients")
                .then().statusCode(201).extract().path("client.id");
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> body = new HashMap<>(input);
            body.put("name", "Client " + i);
            bodies.add(body);
        }
        Map<String, Object> winner = oneWinnerAmong("/api/v1/admin/partner-clients/" + id, bodies);
        PartnerClient stored = QuarkusTransaction.requiringNew().call(() ->
                PartnerClient.<PartnerClient>findById(UUID.fromString(id)));
        assertThat(stored.name).isEqualTo(winner.get("name"));
        assertThat(stored.version).isEqualTo(1);
    }

    @Test
    void ten_concurrent_secret_rotations_give_200_or_409_and_the_stored_secret_is_one_that_was_shown() throws Exception {
        String id = admin().body(clientInput("rotation-" + System.nanoTime(), List.of("directory:read")))
                .when().post("/api/v1/admin/partner-clients").then().statusCode(201).extract().path("client.id");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<String> shownSecrets = new ArrayList<>();
        try {
            List<Callable<Response>> rotations = Collections.nCopies(10,
                    () -> admin().when().post("/api/v1/admin/partner-clients/" + id + "/secret"));
            for (Future<Response> answer : pool.invokeAll(rotations)) {
                Response response = answer.get();
                assertThat(response.statusCode()).isIn(200, 409);
                if (response.statusCode() == 409) {
                    assertThat(response.<String>path("type")).isEqualTo(PROBLEMS + "conflict");
                } else {
                    shownSecrets.add(response.path("clientSecret"));
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(shownSecrets).isNotEmpty();
        String storedHash = QuarkusTransaction.requiringNew().call(() ->
                PartnerClient.<PartnerClient>findById(UUID.fromString(id)).secretHash);
        assertThat(shownSecrets).filteredOn(secret -> SecretTokens.matches(secret, storedHash)).hasSize(1);
    }

    /** Sends every body at once with If-Match "0": exactly one is saved, the others are 412; answers the saved one. */
    private Map<String, Object> oneWinnerAmong(String path, List<Map<String, Object>> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        List<Map<String, Object>> winners = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Callable<Response>> writers = new ArrayList<>();
            for (Map<String, Object> body : bodies) {
                writers.add(() -> {
                    Response response = admin().header("If-Match", "\"0\"").body(body).when().put(path);
                    if (response.statusCode() == 200) {
                        winners.add(body);
                    }
                    return response;
                });
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(writers)) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 412) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.<String>path("type")).isEqualTo(PROBLEMS + "precondition-failed");
                }
            }
            assertThat(statuses).as(path).containsOnly(200, 412);
            assertThat(statuses).as(path).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdown();
        }
        return winners.get(0);
    }

    @Test
    void a_user_update_needs_if_match_and_answers_the_new_etag() {
        TestUser user = TestAccounts.user(Role.buyer);
        String path = "/api/v1/admin/users/" + user.id();
        admin().body(userInput(user, "Sans If-Match")).when().put(path)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "precondition-required"));
        admin().header("If-Match", "*").body(userInput(user, "Étoile")).when().put(path)
                .then().statusCode(428);
        admin().header("If-Match", "\"0\"").body(userInput(user, "Première")).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
        admin().header("If-Match", "\"0\"").body(userInput(user, "Périmée")).when().put(path)
                .then().statusCode(412);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>findById(user.id()).displayName))
                .isEqualTo("Première");
    }

    @Test
    void an_organisation_update_needs_if_match() {
        TestUser user = TestAccounts.user(Role.buyer);
        String path = "/api/v1/admin/organisations/" + user.organisationId();
        Map<String, Object> body = Map.of("name", "Renommée", "kind", "PUBLIC_BUYER");
        admin().body(body).when().put(path).then().statusCode(428);
        admin().header("If-Match", "\"3\"").body(body).when().put(path).then().statusCode(412);
        admin().header("If-Match", "\"0\"").body(body).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                Organisation.<Organisation>findById(user.organisationId()).name)).isEqualTo("Renommée");
    }

    @Test
    void a_partner_client_update_needs_if_match() {
        Map<String, Object> input = clientInput("maj-" + System.nanoTime(), List.of("directory:read"));
        String id = admin().body(input).when().post("/api/v1/admin/partner-clients")
                .then().statusCode(201).body("client.version", equalTo(0)).extract().path("client.id");
        String path = "/api/v1/admin/partner-clients/" + id;
        Map<String, Object> renamed = new HashMap<>(input);
        renamed.put("name", "Renommé");
        admin().body(renamed).when().put(path).then().statusCode(428);
        admin().header("If-Match", "\"0\"").body(renamed).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Renommé"));
        admin().header("If-Match", "\"0\"").body(input).when().put(path).then().statusCode(412);
    }

    @Test
    void an_unknown_scope_is_a_validation_error_naming_its_place_in_the_list() {
        String clientId = "portee-" + System.nanoTime();
        admin().body(clientInput(clientId, List.of("directory:read", "directory:write")))
                .when().post("/api/v1/admin/partner-clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", contains("scopes[1]"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> PartnerClient.findByClientId(clientId))).isEmpty();
    }

    @Test
    void twenty_long_scopes_are_a_validation_error_not_a_server_error() {
        List<String> scopes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            scopes.add(String.format("%02d", i) + "x".repeat(62));
        }
        String clientId = "longues-" + System.nanoTime();
        Response response = admin().body(clientInput(clientId, scopes)).when().post("/api/v1/admin/partner-clients");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.<List<String>>path("errors.field")).hasSize(20).contains("scopes[0]", "scopes[19]");
        assertThat(QuarkusTransaction.requiringNew().call(() -> PartnerClient.findByClientId(clientId))).isEmpty();
    }

    @Test
    void an_update_with_an_unknown_scope_is_refused_and_keeps_the_scopes() {
        Map<String, Object> input = clientInput("garde-" + System.nanoTime(), List.of("directory:read"));
        String id = admin().body(input).when().post("/api/v1/admin/partner-clients")
                .then().statusCode(201).extract().path("client.id");
        Map<String, Object> changed = new HashMap<>(input);
        changed.put("scopes", List.of("indicators:read", "admin"));
        admin().header("If-Match", "\"0\"").body(changed).when().put("/api/v1/admin/partner-clients/" + id)
                .then().statusCode(400).body("errors.field", contains("scopes[1]"));
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                PartnerClient.<PartnerClient>findById(UUID.fromString(id)).scopes)).isEqualTo("directory:read");
    }

    private RequestSpecification admin() {
        return given().auth().oauth2(adminToken).contentType(ContentType.JSON);
    }

    private static Map<String, Object> userInput(TestUser user, String displayName) {
        Map<String, Object> input = new HashMap<>();
        input.put("email", user.email());
        input.put("displayName", displayName);
        input.put("role", "buyer");
        input.put("organisationId", user.organisationId().toString());
        return input;
    }

    private static Map<String, Object> clientInput(String clientId, List<String> scopes) {
        return Map.of("clientId", clientId, "name", "Client de test",
                "organisationId", PasswordFlowTest.demoOrganisationId(DemoAccounts.PARTNER_ORGANISATION),
                "scopes", scopes);
    }
}
