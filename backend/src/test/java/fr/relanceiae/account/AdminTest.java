package fr.relanceiae.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
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
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class AdminTest {

    private static final String VALIDATION = "https://relance-iae.fr/problems/validation";
    private static final String CONFLICT = "https://relance-iae.fr/problems/conflict";

    private String adminToken;

    @BeforeEach
    void logInAsAdmin() {
        adminToken = TestAccounts.adminToken();
    }

    @Test
    void an_admin_creates_lists_and_renames_an_organisation() {
        String name = "Régie de quartier " + UUID.randomUUID();
        String id = admin().body(Map.of("name", name, "kind", "SIAE"))
                .when().post("/api/v1/admin/organisations")
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("kind", equalTo("SIAE"))
                .body("active", equalTo(true))
                .body("userCount", equalTo(0))
                .body("createdAt", notNullValue())
                .extract().path("id");

        admin().queryParam("q", name.substring(0, 30).toUpperCase())
                .when().get("/api/v1/admin/organisations")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(1));

        admin().header("If-Match", "\"0\"").body(Map.of("name", name + " (Montreuil)", "kind", "SIAE", "active", true))
                .when().put("/api/v1/admin/organisations/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo(name + " (Montreuil)")).body("version", equalTo(1));
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                Organisation.<Organisation>findById(UUID.fromString(id)).name)).endsWith("(Montreuil)");
    }

    @Test
    void the_organisation_list_counts_users_and_pages() {
        admin().queryParam("q", DemoAccounts.BUYER_ORGANISATION)
                .when().get("/api/v1/admin/organisations")
                .then().statusCode(200)
                .body("items.find { it.name == 'Ville de Montreuil' }.userCount", equalTo(1));
        admin().queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/admin/organisations")
                .then().statusCode(200)
                .body("items", hasSize(lessThanOrEqualTo(2)))
                .body("page", equalTo(1))
                .body("size", equalTo(2));
    }

    @Test
    void paging_beyond_its_limits_is_a_validation_error_on_each_list() {
        for (String list : List.of("organisations", "users", "partner-clients")) {
            admin().queryParam("size", 101).queryParam("page", -1)
                    .when().get("/api/v1/admin/" + list)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(VALIDATION))
                    .body("errors.field", containsInAnyOrder("page", "size"));
            admin().queryParam("size", 0).when().get("/api/v1/admin/" + list)
                    .then().statusCode(400).body("errors.field", contains("size"));
        }
    }

    @Test
    void a_user_with_a_bad_email_and_no_role_gets_an_error_per_field() {
        admin().body(Map.of("email", "pas-une-adresse", "displayName", "Quelqu'un",
                        "organisationId", PasswordFlowTest.demoOrganisationId(DemoAccounts.BUYER_ORGANISATION)))
                .when().post("/api/v1/admin/users")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("errors.field", containsInAnyOrder("email", "role"));
    }

    @Test
    void an_unknown_organisation_is_an_error_on_organisation_id() {
        admin().body(userInput(TestAccounts.uniqueEmail("orphelin"), UUID.randomUUID().toString(), "buyer"))
                .when().post("/api/v1/admin/users")
                .then().statusCode(400).body("errors.field", contains("organisationId"));
    }

    @Test
    void a_duplicate_email_is_a_conflict_whatever_its_case() {
        admin().body(userInput(DemoAccounts.SIAE.toUpperCase(),
                        PasswordFlowTest.demoOrganisationId(DemoAccounts.SIAE_ORGANISATION), "siae"))
                .when().post("/api/v1/admin/users")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(CONFLICT));
    }

    @Test
    void two_admins_creating_the_same_user_at_once_get_one_201_and_one_409() throws Exception {
        Map<String, Object> input = userInput(TestAccounts.uniqueEmail("concurrent"),
                PasswordFlowTest.demoOrganisationId(DemoAccounts.BUYER_ORGANISATION), "buyer");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = pool.invokeAll(List.<Callable<Integer>>of(
                    () -> admin().body(input).post("/api/v1/admin/users").statusCode(),
                    () -> admin().body(input).post("/api/v1/admin/users").statusCode()));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void organisation_names_are_unique_per_kind_whatever_the_case_accents_and_spaces() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Mairie de Créteil " + suffix;
        admin().body(Map.of("name", name, "kind", "PUBLIC_BUYER")).when().post("/api/v1/admin/organisations")
                .then().statusCode(201);

        admin().body(Map.of("name", "  MAIRIE   de creteil " + suffix.toUpperCase() + " ", "kind", "PUBLIC_BUYER"))
                .when().post("/api/v1/admin/organisations")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(CONFLICT))
                .body("errors.field", contains("name"))
                .body("errors[0].message", equalTo("Une organisation de ce type porte déjà ce nom."));
        // Same name, another kind: allowed.
        admin().body(Map.of("name", name, "kind", "PRIVATE_BUYER")).when().post("/api/v1/admin/organisations")
                .then().statusCode(201);
        // Renaming another organisation to it: refused too, and nothing changes.
        String other = admin().body(Map.of("name", "Autre mairie " + suffix, "kind", "PUBLIC_BUYER"))
                .when().post("/api/v1/admin/organisations").then().statusCode(201).extract().path("id");
        admin().header("If-Match", "\"0\"").body(Map.of("name", name.toLowerCase(), "kind", "PUBLIC_BUYER"))
                .when().put("/api/v1/admin/organisations/" + other)
                .then().statusCode(409).body("errors.field", contains("name"));
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                Organisation.<Organisation>findById(UUID.fromString(other)).name)).isEqualTo("Autre mairie " + suffix);
        // Keeping its own name (another case) is not a conflict with itself.
        admin().header("If-Match", "\"0\"").body(Map.of("name", "AUTRE MAIRIE " + suffix, "kind", "PUBLIC_BUYER"))
                .when().put("/api/v1/admin/organisations/" + other).then().statusCode(200);
        // SIAE organisations (one per structure) may share a name.
        for (int i = 0; i < 2; i++) {
            admin().body(Map.of("name", "Régie de quartier " + suffix, "kind", "SIAE"))
                    .when().post("/api/v1/admin/organisations").then().statusCode(201);
        }
    }

    @Test
    void two_admins_creating_the_same_organisation_at_once_get_one_201_and_one_409_on_name() throws Exception {
        Map<String, Object> input = Map.of("name", "Concurrente " + UUID.randomUUID(), "kind", "NETWORK");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ValidatableResponse>> answers = pool.invokeAll(List.<Callable<ValidatableResponse>>of(
                    () -> admin().body(input).post("/api/v1/admin/organisations").then(),
                    () -> admin().body(input).post("/api/v1/admin/organisations").then()));
            List<Integer> statuses = new ArrayList<>();
            for (Future<ValidatableResponse> answer : answers) {
                ValidatableResponse response = answer.get();
                int status = response.extract().statusCode();
                statuses.add(status);
                if (status == 409) {
                    response.body("errors.field", contains("name"));
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void an_admin_cannot_deactivate_their_own_account_nor_drop_their_own_admin_role() {
        TestUser self = TestAccounts.user(Role.admin);
        String selfToken = TestAccounts.accessToken(self.email(), self.password());
        Map<String, Object> input = userInput(self.email(), self.organisationId().toString(), "admin");
        input.put("active", false);
        given().auth().oauth2(selfToken).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(input)
                .when().put("/api/v1/admin/users/" + self.id())
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("active"))
                .body("detail", equalTo("Vous ne pouvez pas désactiver votre propre compte : "
                        + "demandez-le à un autre administrateur."));
        input.put("active", true);
        input.put("role", "facilitator");
        given().auth().oauth2(selfToken).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(input)
                .when().put("/api/v1/admin/users/" + self.id())
                .then().statusCode(409).body("errors.field", contains("role"));
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser stored = AppUser.findById(self.id());
            assertThat(stored.active).isTrue();
            assertThat(stored.role).isEqualTo(Role.admin);
        });
        LoginTest.login(self.email(), self.password()).statusCode(200);

        // Another admin may.
        input.put("role", "admin");
        input.put("active", false);
        admin().header("If-Match", "\"0\"").body(input).when().put("/api/v1/admin/users/" + self.id())
                .then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void an_email_whose_domain_has_no_dot_is_refused_on_its_field() {
        admin().body(userInput("quelqu.un@intranet", PasswordFlowTest.demoOrganisationId(DemoAccounts.BUYER_ORGANISATION),
                        "buyer"))
                .when().post("/api/v1/admin/users")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("errors.field", contains("email"))
                .body("errors[0].message", equalTo("le domaine de l'adresse doit contenir un point "
                        + "(par exemple nom@exemple.fr)"));
        given().contentType(ContentType.JSON).body(Map.of("email", "quelqu.un@intranet"))
                .when().post("/api/v1/auth/password-reset-requests")
                .then().statusCode(400).body("errors.field", contains("email"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AppUser.findByEmail("quelqu.un@intranet"))).isEmpty();
    }

    @Test
    void the_partner_role_is_kept_for_api_clients() {
        admin().body(userInput(TestAccounts.uniqueEmail("partenaire"),
                        PasswordFlowTest.demoOrganisationId(DemoAccounts.PARTNER_ORGANISATION), "partner"))
                .when().post("/api/v1/admin/users")
                .then().statusCode(400).body("errors.field", contains("role"));
    }

    @Test
    void users_are_listed_with_filters() {
        String organisationId = PasswordFlowTest.demoOrganisationId(DemoAccounts.NETWORK_ORGANISATION);
        admin().queryParam("organisationId", organisationId).queryParam("role", "facilitator")
                .when().get("/api/v1/admin/users")
                .then().statusCode(200)
                .body("items.email", contains(DemoAccounts.FACILITATOR, DemoAccounts.SECOND_FACILITATOR))
                .body("items[0].passwordSet", equalTo(true))
                .body("items[0].organisation.name", equalTo(DemoAccounts.NETWORK_ORGANISATION))
                .body("totalItems", equalTo(2));
        admin().queryParam("q", "ANIMATEUR@")
                .when().get("/api/v1/admin/users")
                .then().statusCode(200).body("items.email", hasItem(DemoAccounts.FACILITATOR));
        admin().queryParam("q", "%").when().get("/api/v1/admin/users")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void deactivating_a_user_ends_their_sessions() {
        TestUser user = TestAccounts.user(Role.buyer);
        String cookie = SessionTest.loginCookie(user);
        Map<String, Object> input = userInput(user.email(), user.organisationId().toString(), "buyer");
        input.put("active", false);
        admin().header("If-Match", "\"0\"").body(input).when().put("/api/v1/admin/users/" + user.id())
                .then().statusCode(200).body("active", equalTo(false));

        SessionTest.refresh(cookie).statusCode(401);
        LoginTest.login(user.email(), user.password()).statusCode(401);
        assertThat(SessionTest.activeTokens(user)).isZero();
    }

    @Test
    void deactivating_an_organisation_ends_its_users_sessions() {
        TestUser user = TestAccounts.user(Role.siae);
        String cookie = SessionTest.loginCookie(user);
        admin().header("If-Match", "\"0\"").body(Map.of("name", "Désactivée", "kind", "SIAE", "active", false))
                .when().put("/api/v1/admin/organisations/" + user.organisationId())
                .then().statusCode(200).body("active", equalTo(false)).body("userCount", equalTo(1));

        assertThat(SessionTest.activeTokens(user)).isZero();
        SessionTest.refresh(cookie).statusCode(401);
    }

    @Test
    void updating_an_unknown_user_is_not_found() {
        admin().body(userInput(TestAccounts.uniqueEmail("x"),
                        PasswordFlowTest.demoOrganisationId(DemoAccounts.BUYER_ORGANISATION), "buyer"))
                .when().put("/api/v1/admin/users/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_partner_client_secret_is_shown_once_works_and_is_replaced_by_rotation() {
        String clientId = "client-" + System.nanoTime();
        String partnerOrganisation = PasswordFlowTest.demoOrganisationId(DemoAccounts.PARTNER_ORGANISATION);
        Map<String, Object> input = Map.of("clientId", clientId, "name", "Région (test)",
                "organisationId", partnerOrganisation, "scopes", List.of("directory:read", "indicators:read"));
        var created = admin().body(input).when().post("/api/v1/admin/partner-clients")
                .then().statusCode(201)
                .body("client.clientId", equalTo(clientId))
                .body("client.scopes", contains("directory:read", "indicators:read"))
                .body("client.organisation.kind", equalTo("PARTNER"))
                .body("clientSecret", notNullValue())
                .extract();
        String id = created.path("client.id");
        String secret = created.path("clientSecret");
        String storedHash = QuarkusTransaction.requiringNew().call(() ->
                PartnerClient.findByClientId(clientId).orElseThrow().secretHash);
        assertThat(storedHash).isNotEqualTo(secret).isEqualTo(SecretTokens.hash(secret));

        clientToken(clientId, secret).statusCode(200).body("scope", equalTo("directory:read indicators:read"));

        admin().body(input).when().post("/api/v1/admin/partner-clients").then().statusCode(409).body("type", equalTo(CONFLICT));

        String rotated = admin().when().post("/api/v1/admin/partner-clients/" + id + "/secret")
                .then().statusCode(200).body("client.id", equalTo(id)).extract().path("clientSecret");
        clientToken(clientId, secret).statusCode(401);
        clientToken(clientId, rotated).statusCode(200);

        int version = admin().queryParam("q", clientId).when().get("/api/v1/admin/partner-clients")
                .then().statusCode(200)
                .body("items.clientId", contains(clientId))
                .body("items[0].lastUsedAt", notNullValue())
                .body("items.clientSecret", everyItem(nullValue()))
                .extract().path("items[0].version");

        Map<String, Object> deactivated = new HashMap<>(input);
        deactivated.put("active", false);
        admin().header("If-Match", "\"" + version + "\"").body(deactivated).when().put("/api/v1/admin/partner-clients/" + id)
                .then().statusCode(200).body("active", equalTo(false));
        clientToken(clientId, rotated).statusCode(401);
    }

    @Test
    void partner_client_input_is_validated_field_by_field() {
        admin().body(Map.of("clientId", "A B", "name", "", "scopes", List.of("directory:read", "pas bien")))
                .when().post("/api/v1/admin/partner-clients")
                .then().statusCode(400)
                .body("type", equalTo(VALIDATION))
                .body("errors.field", containsInAnyOrder("clientId", "name", "organisationId", "scopes[1]"));
    }

    private RequestSpecification admin() {
        return given().auth().oauth2(adminToken).contentType(ContentType.JSON);
    }

    private static Map<String, Object> userInput(String email, String organisationId, String role) {
        Map<String, Object> input = new HashMap<>();
        input.put("email", email);
        input.put("displayName", "Personne");
        input.put("role", role);
        input.put("organisationId", organisationId);
        return input;
    }

    private static ValidatableResponse clientToken(String clientId, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post("/api/v1/auth/token").then();
    }
}
