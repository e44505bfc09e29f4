package fr.relanceiae.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
@TestProfile(RateLimitTestProfile.class)
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class RateLimitTest {

    private static final String PARTNER_GET = "/api/v1/structure-kinds";
    private static final String TOKEN = "/api/v1/auth/token";
    private static final String ALL_SCOPES = "directory:read sourcing:write sourcing:read supplies:read indicators:read";
    private static final Pattern STATE = Pattern.compile("limit=(\\d+), remaining=(\\d+), reset=(\\d+)");
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final int LIMIT = RateLimitTestProfile.PARTNER_REQUESTS_PER_MINUTE;

    @Inject
    EntityManager entityManager;

    @Inject
    RateLimitCounters counters;

    // --- Partner requests ---------------------------------------------------------------

    @Test
    void every_partner_response_says_its_policy_and_what_is_left_of_the_window() {
        String token = partnerToken(newClientId());

        ExtractableResponse<Response> first = partnerGet(token).statusCode(200)
                .header("RateLimit-Policy", equalTo(LIMIT + ";w=60"))
                .extract();
        assertState(first.header("RateLimit"), LIMIT, LIMIT - 1);
        // An answer other than 200 is counted and carries the headers too.
        ExtractableResponse<Response> refused = given().auth().oauth2(token).when().get("/api/v1/admin/users")
                .then().statusCode(403).header("RateLimit-Policy", equalTo(LIMIT + ";w=60")).extract();
        assertState(refused.header("RateLimit"), LIMIT, LIMIT - 2);
    }

    @Test
    void a_client_over_its_limit_gets_429_with_retry_after_while_another_client_still_gets_200() {
        String flooding = newClientId();
        String token = partnerToken(flooding);
        for (int i = 0; i < LIMIT; i++) {
            partnerGet(token).statusCode(200);
        }

        ExtractableResponse<Response> refused = partnerGet(token).statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("detail", matchesPattern("Ce client a dépassé sa limite de 5 requêtes par minute\\. Réessayez dans \\d+ s\\."))
                .header("RateLimit-Policy", equalTo(LIMIT + ";w=60"))
                .extract();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(assertState(refused.header("RateLimit"), LIMIT, 0)).isEqualTo(retryAfter);

        partnerGet(partnerToken(newClientId())).statusCode(200);
        assertThat(counter("partner:" + flooding)).contains(LIMIT + 1);
        // Once refused, the client is refused until its window ends without a database round trip.
        assertState(partnerGet(token).statusCode(429).extract().header("RateLimit"), LIMIT, 0);
        assertThat(counter("partner:" + flooding)).contains(LIMIT + 1);
    }

    @Test
    void the_limit_an_admin_sets_on_a_client_is_applied_from_its_next_request() {
        String organisationId = QuarkusTransaction.requiringNew().call(() -> Organisation.<Organisation>find("name",
                DemoAccounts.PARTNER_ORGANISATION).singleResult().id.toString());
        String clientId = newClientId();
        String secret = given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "name", "Client limité", "organisationId", organisationId,
                        "scopes", List.of("directory:read"), "requestsPerMinute", 2))
                .when().post("/api/v1/admin/partner-clients")
                .then().statusCode(201)
                .body("client.requestsPerMinute", equalTo(2))
                .extract().path("clientSecret");
        String token = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .when().post(TOKEN).then().statusCode(200).extract().path("access_token");

        partnerGet(token).statusCode(200).header("RateLimit-Policy", equalTo("2;w=60"));
        assertState(partnerGet(token).statusCode(200).extract().header("RateLimit"), 2, 0);

        // The admin raises it: the next request is measured against the new limit, then lowers it.
        setClientLimit(clientId, 10);
        assertState(partnerGet(token).statusCode(200).header("RateLimit-Policy", equalTo("10;w=60"))
                .extract().header("RateLimit"), 10, 7);
        setClientLimit(clientId, 3);
        partnerGet(token).statusCode(429).header("RateLimit-Policy", equalTo("3;w=60"));
    }

    @Test
    void a_client_limit_outside_1_to_100000_is_refused_naming_the_field() {
        String organisationId = QuarkusTransaction.requiringNew().call(() -> Organisation.<Organisation>find("name",
                DemoAccounts.PARTNER_ORGANISATION).singleResult().id.toString());
        for (int invalid : new int[] { 0, -5, 100_001 }) {
            given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                    .body(Map.of("clientId", newClientId(), "name", "Client", "organisationId", organisationId,
                            "scopes", List.of("directory:read"), "requestsPerMinute", invalid))
                    .when().post("/api/v1/admin/partner-clients")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("requestsPerMinute"));
        }
    }

    @Test
    void the_count_is_read_and_written_in_postgresql_only_so_that_replicas_share_it() {
        String clientId = newClientId();
        String token = partnerToken(clientId);
        partnerGet(token).statusCode(200);
        assertThat(counter("partner:" + clientId)).contains(1);

        // The row gone (as when its window ended and was purged): no count survives anywhere else.
        deleteCounter("partner:" + clientId);
        assertState(partnerGet(token).statusCode(200).extract().header("RateLimit"), LIMIT, LIMIT - 1);
        assertThat(counter("partner:" + clientId)).contains(1);

        // Another replica counted all but one of the minute's requests: this one knows it.
        setCounter("partner:" + clientId, LIMIT - 1);
        assertState(partnerGet(token).statusCode(200).extract().header("RateLimit"), LIMIT, 0);
        partnerGet(token).statusCode(429);
        assertThat(counter("partner:" + clientId)).contains(LIMIT + 1);
    }

    @Test
    void people_and_anonymous_callers_are_not_counted_nor_given_the_headers() {
        given().auth().oauth2(TestAccounts.buyerToken()).when().get(PARTNER_GET)
                .then().statusCode(200).header("RateLimit", (String) null).header("RateLimit-Policy", (String) null);
        // A visitor reads the public lists (limited per address, not as a partner): no partner headers.
        given().when().get(PARTNER_GET).then().statusCode(200).header("RateLimit", (String) null);
        // A forged partner token is refused as before, uncounted.
        String forged = TestTokens.signedWithAnotherKey(Roles.PARTNER);
        given().auth().oauth2(forged).when().get(PARTNER_GET).then().statusCode(401).header("RateLimit", (String) null);
        String forgedClient = TestTokens.payloadJson(forged).replaceAll(".*\"sub\":\"([^\"]+)\".*", "$1");
        assertThat(counter("partner:" + forgedClient)).isEmpty();
    }

    // --- Token endpoint -------------------------------------------------------------------

    @Test
    void failed_client_authentications_for_one_client_id_end_in_429_even_with_the_right_secret() {
        String address = newAddress();
        for (int i = 0; i < RateLimitTestProfile.CLIENT_FAILURES_PER_CLIENT; i++) {
            token(DemoAccounts.CLIENT_ID + "-x", "wrong", address).statusCode(401).body("error", equalTo("invalid_client"));
        }
        assertThat(counter("token-client:" + DemoAccounts.CLIENT_ID + "-x"))
                .contains(RateLimitTestProfile.CLIENT_FAILURES_PER_CLIENT);

        ExtractableResponse<Response> refused = token(DemoAccounts.CLIENT_ID + "-x", "wrong", newAddress())
                .statusCode(429).contentType(ContentType.JSON)
                .body("error", equalTo("slow_down"))
                .extract();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L);
        // A refused attempt is not counted, and the client id's limit leaves others alone.
        assertThat(counter("token-client:" + DemoAccounts.CLIENT_ID + "-x"))
                .contains(RateLimitTestProfile.CLIENT_FAILURES_PER_CLIENT);
        token(DemoAccounts.CLIENT_ID, DemoAccounts.CLIENT_SECRET, address).statusCode(200);
    }

    @Test
    void failed_client_authentications_from_one_address_end_in_429_whatever_the_client_id() {
        String address = newAddress();
        for (int i = 0; i < RateLimitTestProfile.CLIENT_FAILURES_PER_ADDRESS; i++) {
            token(newClientId(), "wrong", address).statusCode(401);
        }
        token(DemoAccounts.CLIENT_ID, DemoAccounts.CLIENT_SECRET, address).statusCode(429)
                .body("error", equalTo("slow_down"));
        token(DemoAccounts.CLIENT_ID, DemoAccounts.CLIENT_SECRET, newAddress()).statusCode(200);
        // Successes are not counted: the demo client's own bucket is empty.
        assertThat(counter("token-address:" + address)).contains(RateLimitTestProfile.CLIENT_FAILURES_PER_ADDRESS);
        assertThat(counter("token-client:" + DemoAccounts.CLIENT_ID)).hasValueSatisfying(hits -> assertThat(hits).isZero());
    }

    // --- Password change --------------------------------------------------------------------

    @Test
    void wrong_current_passwords_end_in_429_for_that_user_only() {
        TestAccounts.TestUser user = TestAccounts.user(Role.buyer);
        String token = TestAccounts.accessToken(user.email(), user.password());
        for (int i = 0; i < RateLimitTestProfile.PASSWORD_CHANGE_FAILURES; i++) {
            changePassword(token, "pas le bon", "un nouveau mot de passe").statusCode(400)
                    .body("errors.field", contains("currentPassword"));
        }
        changePassword(token, user.password(), "un nouveau mot de passe").statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/too-many-requests"))
                .body("detail", matchesPattern("Trop d'essais du mot de passe actuel\\. Réessayez dans (une minute|\\d+ minutes)\\."))
                .header("Retry-After", matchesPattern("\\d+"));
        assertThat(counter("password-change:" + user.id())).contains(RateLimitTestProfile.PASSWORD_CHANGE_FAILURES);
        TestAccounts.accessToken(user.email(), user.password());

        TestAccounts.TestUser other = TestAccounts.user(Role.buyer);
        changePassword(TestAccounts.accessToken(other.email(), other.password()), other.password(),
                "un nouveau mot de passe").statusCode(204);
        assertThat(counter("password-change:" + other.id())).hasValueSatisfying(hits -> assertThat(hits).isZero());
    }

    // --- Logins across accounts -------------------------------------------------------------

    @Test
    void failed_logins_from_one_address_across_many_accounts_end_in_429_for_that_address() {
        String address = newAddress();
        for (int i = 0; i < RateLimitTestProfile.LOGIN_FAILURES_PER_ADDRESS; i++) {
            login(TestAccounts.uniqueEmail("spray"), "Printemps2026!", address).statusCode(401);
        }
        login(DemoAccounts.BUYER, DemoAccounts.PASSWORD, address).statusCode(429)
                .contentType("application/problem+json")
                .body("detail", matchesPattern("Trop de tentatives de connexion depuis votre adresse\\. .*"))
                .header("Retry-After", matchesPattern("\\d+"));
        assertThat(counter("login-address:" + address)).contains(RateLimitTestProfile.LOGIN_FAILURES_PER_ADDRESS);

        String elsewhere = newAddress();
        login(DemoAccounts.BUYER, DemoAccounts.PASSWORD, elsewhere).statusCode(200);
        assertThat(counter("login-address:" + elsewhere)).hasValueSatisfying(hits -> assertThat(hits).isZero());
    }

    @Test
    void links_that_do_not_work_checked_or_used_from_one_address_end_in_429_for_that_address() {
        String address = newAddress();
        for (int i = 0; i < RateLimitTestProfile.PASSWORD_TOKEN_FAILURES_PER_ADDRESS - 1; i++) {
            checkToken("lien-devine-" + i, address).statusCode(200).body("valid", org.hamcrest.Matchers.equalTo(false));
        }
        given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("token", "lien-devine", "password", "un mot de passe assez long"))
                .when().post("/api/v1/auth/password-resets").then().statusCode(400);
        checkToken("lien-devine-encore", address).statusCode(429)
                .contentType("application/problem+json")
                .body("detail", matchesPattern("Trop de liens invalides essayés depuis votre adresse\\. .*"))
                .header("Retry-After", matchesPattern("\\d+"));
        assertThat(counter("password-token-address:" + address))
                .contains(RateLimitTestProfile.PASSWORD_TOKEN_FAILURES_PER_ADDRESS);

        String elsewhere = newAddress();
        checkToken("lien-devine", elsewhere).statusCode(200);
    }

    @Test
    void the_purge_deletes_the_counters_whose_window_has_ended() {
        String ended = "test-ended:" + UUID.randomUUID();
        String running = "test-running:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("insert into rate_limit_counter (bucket, hits, resets_at) values "
                    + "(?1, 3, now() - interval '1 second'), (?2, 3, now() + interval '1 minute')")
                    .setParameter(1, ended).setParameter(2, running).executeUpdate();
        });
        counters.purge();
        assertThat(counter(ended)).isEmpty();
        assertThat(counter(running)).contains(3);
    }

    // --- Helpers ------------------------------------------------------------------------------

    private static String newClientId() {
        return "client-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** An address of TEST-NET-3 (RFC 5737) of this test's own, sent through the trusted proxy header. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (113 + n / 250) + "." + (n % 250 + 1);
    }

    private static String partnerToken(String clientId) {
        return TestTokens.claims(Roles.PARTNER).subject(clientId).claim("scope", ALL_SCOPES).sign();
    }

    private static ValidatableResponse partnerGet(String token) {
        return given().auth().oauth2(token).when().get(PARTNER_GET).then();
    }

    private static ValidatableResponse token(String clientId, String secret, String address) {
        return given().contentType(ContentType.URLENC).header("X-Forwarded-For", address)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .when().post(TOKEN).then();
    }

    private static ValidatableResponse login(String email, String password, String address) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(new LoginRequest(email, password))
                .when().post("/api/v1/auth/login").then();
    }

    private static ValidatableResponse checkToken(String token, String address) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address).body(Map.of("token", token))
                .when().post("/api/v1/auth/password-token-checks").then();
    }

    private static ValidatableResponse changePassword(String token, String current, String next) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(new PasswordChange(current, next))
                .when().put("/api/v1/me/password").then();
    }

    /** Checks the RateLimit header's limit and remaining; answers its reset (1 to 60 seconds). */
    private static long assertState(String header, int limit, int remaining) {
        assertThat(header).isNotNull();
        Matcher matcher = STATE.matcher(header);
        assertThat(matcher.matches()).as(header).isTrue();
        assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(limit);
        assertThat(Integer.parseInt(matcher.group(2))).isEqualTo(remaining);
        long reset = Long.parseLong(matcher.group(3));
        assertThat(reset).isBetween(1L, 60L);
        return reset;
    }

    private Optional<Integer> counter(String bucket) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select hits from rate_limit_counter where bucket = ?1", Integer.class)
                .setParameter(1, bucket).getResultStream().findFirst());
    }

    private void setCounter(String bucket, int hits) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update rate_limit_counter set hits = ?2 where bucket = ?1")
                .setParameter(1, bucket).setParameter(2, hits).executeUpdate());
    }

    private static void setClientLimit(String clientId, int requestsPerMinute) {
        QuarkusTransaction.requiringNew().run(() ->
                PartnerClient.findByClientId(clientId).orElseThrow().requestsPerMinute = requestsPerMinute);
    }

    private void deleteCounter(String bucket) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from rate_limit_counter where bucket = ?1")
                .setParameter(1, bucket).executeUpdate());
    }
}
