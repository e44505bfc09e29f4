package fr.relanceiae.sourcing.request;

import static fr.relanceiae.sourcing.request.SourcingFixtures.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.shared.idempotency.IdempotentRequests;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** {@code POST /sourcing-requests} with an {@code Idempotency-Key}, as a retrying partner or browser sends it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SourcingRequestIdempotencyTest {

    private static Response post(Caller caller, String key, Map<String, Object> body) {
        return caller.as().header("Idempotency-Key", key).body(body).when().post(BASE);
    }

    private static long requestsTitled(String title) {
        return QuarkusTransaction.requiringNew().call(() -> SourcingRequest.count("title", title));
    }

    @Test
    void a_retry_replays_the_first_answer_and_another_body_with_the_same_key_is_a_422() {
        Caller buyer = SourcingFixtures.buyer();
        String title = "Rejeu " + DirectoryFixtures.word();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = SourcingFixtures.complete(title);

        Response first = post(buyer, key, body);
        first.then().statusCode(201);
        Response retry = post(buyer, key, body);

        retry.then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, "true");
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(requestsTitled(title)).isEqualTo(1);

        Map<String, Object> other = SourcingFixtures.complete(title + " (autre)");
        post(buyer, key, other).then().statusCode(422).contentType("application/problem+json");
        assertThat(requestsTitled(title + " (autre)")).isZero();
        assertThat(requestsTitled(title)).isEqualTo(1);
    }

    @Test
    void fifty_concurrent_posts_with_one_key_create_one_request() throws Exception {
        Caller partner = SourcingFixtures.demoPartner();
        String title = "Concurrence " + DirectoryFixtures.word();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>(SourcingFixtures.complete(title));
        body.put("buyerOrganisationId", SourcingFixtures.buyer().organisationId().toString());
        int requests = 50;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int created = 0;
        try {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(partner, key, body);
                }));
            }
            start.countDown();
            for (Future<Response> answer : answers) {
                Response response = answer.get(120, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as("created, replayed or in flight").isIn(201, 409);
                if (response.statusCode() == 201) {
                    ids.add(response.path("id"));
                    created++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(created).isPositive();
        assertThat(ids).as("every 201 names the same request").hasSize(1);
        assertThat(requestsTitled(title)).isEqualTo(1);
    }
}
