package fr.relanceiae.shared.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Creating requests with an Idempotency-Key, through a test-only endpoint ({@link IdempotencyTestResource}). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class IdempotentRequestsTest {

    private static final String PATH = "/api/v1/test-only/idempotent-widgets";
    private static final String PROBLEMS = "https://relance-iae.fr/problems/";

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    ObjectMapper objectMapper;

    private final UUID userId = UUID.randomUUID();
    private final String token = TestTokens.claims(Roles.BUYER).subject(userId.toString()).sign();
    private final String key = "cle-" + UUID.randomUUID();
    private final String name = "widget " + UUID.randomUUID();

    @BeforeEach
    void createTheTestTable() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "create table if not exists idempotency_test_widget (id uuid primary key, name text not null)")
                .executeUpdate());
    }

    @AfterEach
    void resetTheTestResource() {
        IdempotencyTestResource.release.countDown();
        IdempotencyTestResource.FAILURES_TO_COME.set(0);
    }

    @Test
    void a_retry_with_the_same_key_and_body_replays_the_first_response_and_creates_nothing_more() {
        Response first = post(token, key, Map.of("name", name, "delayMillis", 1));
        first.then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, nullValue());
        assertThat(first.header("Location")).contains(PATH + "/" + first.path("id"));
        assertThat(first.header("ETag")).isEqualTo("\"1\"");

        // The same body, its keys in another order: the same request.
        Response again = given().auth().oauth2(token).header(IdempotentRequests.HEADER, key)
                .contentType(ContentType.JSON).body("{\"delayMillis\": 1, \"name\": \"" + name + "\"}")
                .when().post(PATH);

        again.then().statusCode(201).contentType(ContentType.JSON).header(IdempotentRequests.REPLAYED_HEADER, "true");
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(widgetsNamed(name)).isEqualTo(1);
        assertThat(keyRow("user:" + userId, key)).containsEntry("status", "COMPLETED")
                .containsEntry("response_status", 201);
    }

    @Test
    void the_same_key_with_another_body_is_a_422_naming_the_header() {
        post(token, key, Map.of("name", name)).then().statusCode(201);

        post(token, key, Map.of("name", name + " modifié")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unprocessable"))
                .body("errors[0].field", equalTo(IdempotentRequests.HEADER))
                .body("detail", containsString("nouvelle clé"));

        assertThat(widgetsNamed(name)).isEqualTo(1);
        assertThat(widgetsNamed(name + " modifié")).isZero();
    }

    @Test
    void a_duplicate_while_the_first_request_runs_is_a_409_then_a_replay_once_it_is_done() throws Exception {
        IdempotencyTestResource.entered = new CountDownLatch(1);
        IdempotencyTestResource.release = new CountDownLatch(1);
        Map<String, Object> body = Map.of("name", name, "waitForRelease", true);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(token, key, body));
        assertThat(IdempotencyTestResource.entered.await(30, TimeUnit.SECONDS)).isTrue();

        post(token, key, body).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "conflict"))
                .body("detail", containsString("en cours de traitement"))
                .header("Retry-After", "1");
        post(token, key, Map.of("name", "autre")).then().statusCode(422);
        assertThat(keyRow("user:" + userId, key)).containsEntry("status", "IN_FLIGHT");

        IdempotencyTestResource.release.countDown();
        Response done = first.get(30, TimeUnit.SECONDS);
        done.then().statusCode(201);
        post(token, key, body).then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, "true")
                .body("id", equalTo(done.path("id")));
        assertThat(widgetsNamed(name)).isEqualTo(1);
    }

    @Test
    void fifty_concurrent_requests_with_one_key_create_one_widget() throws Exception {
        Map<String, Object> body = Map.of("name", name, "delayMillis", 30);
        int requests = 50;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(token, key, body);
                }));
            }
            start.countDown();
            Map<String, Integer> byOutcome = new HashMap<>();
            String createdId = null;
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                String outcome = response.statusCode() + ("true".equals(response.header(IdempotentRequests.REPLAYED_HEADER))
                        ? " replayed" : "");
                byOutcome.merge(outcome, 1, Integer::sum);
                if (response.statusCode() == 201) {
                    String id = response.path("id");
                    assertThat(createdId == null || createdId.equals(id)).as("one widget id in every 201").isTrue();
                    createdId = id;
                } else {
                    assertThat(response.statusCode()).isEqualTo(409);
                }
            }
            assertThat(byOutcome.get("201")).isEqualTo(1);
            assertThat(byOutcome.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(requests);
            assertThat(byOutcome.keySet()).isSubsetOf("201", "201 replayed", "409");
        } finally {
            pool.shutdownNow();
        }
        assertThat(widgetsNamed(name)).isEqualTo(1);
        assertThat(keyRow("user:" + userId, key)).containsEntry("status", "COMPLETED");
    }

    @Test
    void two_callers_using_the_same_key_are_independent() {
        UUID otherUser = UUID.randomUUID();
        String otherToken = TestTokens.claims(Roles.SIAE).subject(otherUser.toString()).sign();
        Map<String, Object> body = Map.of("name", name);

        String mine = post(token, key, body).then().statusCode(201).extract().path("id");
        String theirs = post(otherToken, key, body).then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue()).extract().path("id");

        assertThat(theirs).isNotEqualTo(mine);
        assertThat(widgetsNamed(name)).isEqualTo(2);
        assertThat(keyRow("user:" + userId, key)).containsEntry("status", "COMPLETED");
        assertThat(keyRow("user:" + otherUser, key)).containsEntry("status", "COMPLETED");
    }

    @Test
    void a_failed_action_releases_the_key_and_leaves_nothing_so_that_the_client_can_retry() {
        IdempotencyTestResource.FAILURES_TO_COME.set(1);
        Map<String, Object> body = Map.of("name", name);

        post(token, key, body).then().statusCode(500).contentType("application/problem+json");
        assertThat(widgetsNamed(name)).as("the action's row rolled back").isZero();
        assertThat(keyRow("user:" + userId, key)).isEmpty();

        post(token, key, body).then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, nullValue());
        assertThat(widgetsNamed(name)).isEqualTo(1);
        assertThat(keyRow("user:" + userId, key)).containsEntry("status", "COMPLETED");
    }

    @Test
    void a_key_left_in_flight_by_a_stopped_replica_is_taken_over_after_the_lease_but_not_before() {
        String stale = key + "-ancienne";
        Map<String, Object> body = Map.of("name", name);
        String hash = CanonicalJson.sha256(objectMapper, body);
        insertInFlight("user:" + userId, stale, hash, IdempotentRequests.LEASE.plusMinutes(1).toSeconds());
        insertInFlight("user:" + userId, key, hash, 5);

        post(token, key, body).then().statusCode(409);
        post(token, stale, body).then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, nullValue());

        assertThat(widgetsNamed(name)).isEqualTo(1);
        assertThat(keyRow("user:" + userId, stale)).containsEntry("status", "COMPLETED");
        assertThat(keyRow("user:" + userId, key)).containsEntry("status", "IN_FLIGHT");
    }

    @Test
    void keys_are_purged_after_24_hours_and_not_before() {
        String old = key + "-vieille";
        Map<String, Object> body = Map.of("name", name);
        post(token, old, body).then().statusCode(201);
        post(token, key, body).then().statusCode(201);
        age("user:" + userId, old, 25 * 3600);
        age("user:" + userId, key, 23 * 3600);

        assertThat(idempotent.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(keyRow("user:" + userId, old)).isEmpty();
        assertThat(keyRow("user:" + userId, key)).containsEntry("status", "COMPLETED");
        post(token, key, body).then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, "true");
        post(token, old, body).then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, nullValue());
        assertThat(widgetsNamed(name)).isEqualTo(3);
    }

    @Test
    void a_malformed_key_is_a_400_on_the_header_and_creates_nothing() {
        for (String malformed : List.of("x".repeat(256), "clé", "a\tb")) {
            post(token, malformed, Map.of("name", name)).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "validation"))
                    .body("errors[0].field", equalTo(IdempotentRequests.HEADER))
                    .body("errors[0].message", containsString("255 caractères ASCII"));
        }
        post(token, "x".repeat(255), Map.of("name", name)).then().statusCode(201);
        assertThat(widgetsNamed(name)).isEqualTo(1);
    }

    @Test
    void without_a_key_every_request_creates() {
        Map<String, Object> body = Map.of("name", name);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post(PATH).then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, nullValue());
        }
        assertThat(widgetsNamed(name)).isEqualTo(2);
        assertThat(keyCount("user:" + userId)).isZero();
    }

    private static Response post(String token, String key, Object body) {
        return given().auth().oauth2(token).header(IdempotentRequests.HEADER, key).contentType(ContentType.JSON)
                .body(body).when().post(PATH);
    }

    private long widgetsNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from idempotency_test_widget where name = :name").setParameter("name", name)
                .getSingleResult()).longValue());
    }

    private long keyCount(String caller) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from idempotency_key where caller = :caller").setParameter("caller", caller)
                .getSingleResult()).longValue());
    }

    private Map<String, Object> keyRow(String caller, String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery("select status, response_status from idempotency_key"
                    + " where caller = :caller and operation = :operation and idempotency_key = :key")
                    .setParameter("caller", caller).setParameter("operation", IdempotencyTestResource.OPERATION)
                    .setParameter("key", key).getResultList();
            if (rows.isEmpty()) {
                return Map.of();
            }
            Object[] row = (Object[]) rows.get(0);
            Map<String, Object> columns = new HashMap<>();
            columns.put("status", row[0]);
            columns.put("response_status", row[1] == null ? null : ((Number) row[1]).intValue());
            return columns;
        });
    }

    private void insertInFlight(String caller, String key, String hash, long claimedSecondsAgo) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into idempotency_key"
                + " (caller, operation, idempotency_key, request_hash, claim_id, status, created_at, claimed_at)"
                + " values (:caller, :operation, :key, :hash, :claim, 'IN_FLIGHT',"
                + " now() - make_interval(secs => :ago), now() - make_interval(secs => :ago))")
                .setParameter("caller", caller).setParameter("operation", IdempotencyTestResource.OPERATION)
                .setParameter("key", key).setParameter("hash", hash).setParameter("claim", UUID.randomUUID())
                .setParameter("ago", (double) claimedSecondsAgo).executeUpdate());
    }

    private void age(String caller, String key, long seconds) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update idempotency_key"
                + " set created_at = now() - make_interval(secs => :ago) where caller = :caller and idempotency_key = :key")
                .setParameter("ago", (double) seconds).setParameter("caller", caller).setParameter("key", key)
                .executeUpdate());
    }
}
