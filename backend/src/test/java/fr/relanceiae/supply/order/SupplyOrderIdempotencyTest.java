package fr.relanceiae.supply.order;

import static fr.relanceiae.supply.SupplyFixtures.ORDERS;
import static fr.relanceiae.supply.SupplyFixtures.assertLedgerBalances;
import static fr.relanceiae.supply.SupplyFixtures.concurrently;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.shared.idempotency.IdempotentRequests;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.Stock;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** {@code POST /supply-orders} and {@code /submit} with an {@code Idempotency-Key}, retried many times at once. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SupplyOrderIdempotencyTest {

    private static final int REQUESTS = 50;

    private final Caller facilitator = SupplyFixtures.facilitator();

    private static <T> List<Callable<T>> times(int count, Callable<T> call) {
        return IntStream.range(0, count).mapToObj(i -> call).toList();
    }

    private static long ordersCommented(String comment) {
        return SupplyFixtures.count("SELECT count(*) FROM supply_order WHERE comment = ?1", comment);
    }

    @Test
    void fifty_concurrent_creations_with_one_key_make_one_order_the_others_replay_it_or_are_in_flight() throws Exception {
        TestStructure structure = SupplyFixtures.structure();
        Caller siae = SupplyFixtures.siaeUserOf(structure);
        UUID productId = SupplyFixtures.product(facilitator, 100);
        String comment = "Idempotence " + DirectoryFixtures.word();
        Map<String, Object> body = new HashMap<>(SupplyFixtures.orderBody(null, productId, 5));
        body.put("comment", comment);
        String key = UUID.randomUUID().toString();

        List<Response> answers = concurrently(16, times(REQUESTS,
                () -> siae.as().header(IdempotentRequests.HEADER, key).body(body).when().post(ORDERS)));

        Set<String> ids = new HashSet<>();
        int firsts = 0;
        for (Response answer : answers) {
            assertThat(answer.statusCode()).as("created, replayed or in flight").isIn(201, 409);
            if (answer.statusCode() == 201) {
                ids.add(answer.path("id"));
                if (!"true".equals(answer.header(IdempotentRequests.REPLAYED_HEADER))) {
                    firsts++;
                }
            }
        }
        assertThat(firsts).as("one request ran, the others replayed it").isEqualTo(1);
        assertThat(ids).as("every 201 names the same order").hasSize(1);
        assertThat(ordersCommented(comment)).isEqualTo(1);

        // a later retry replays it too, another body with the key is a 422
        Response retry = siae.as().header(IdempotentRequests.HEADER, key).body(body).when().post(ORDERS);
        retry.then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, "true");
        assertThat((String) retry.path("id")).isEqualTo(ids.iterator().next());
        Map<String, Object> other = new HashMap<>(body);
        other.put("comment", comment + " (autre)");
        siae.as().header(IdempotentRequests.HEADER, key).body(other).when().post(ORDERS).then().statusCode(422);
        assertThat(ordersCommented(comment + " (autre)")).isZero();
        assertThat(ordersCommented(comment)).isEqualTo(1);
    }

    @Test
    void fifty_concurrent_submissions_with_one_key_submit_once_and_reserve_once() throws Exception {
        TestStructure structure = SupplyFixtures.structure();
        Caller siae = SupplyFixtures.siaeUserOf(structure);
        UUID productId = SupplyFixtures.product(facilitator, 100);
        UUID orderId = SupplyFixtures.draft(siae, null, productId, 30);
        String key = UUID.randomUUID().toString();

        List<Response> answers = concurrently(16, times(REQUESTS,
                () -> siae.as().header(IdempotentRequests.HEADER, key).when().post(ORDERS + "/" + orderId + "/submit")));

        int firsts = 0;
        for (Response answer : answers) {
            assertThat(answer.statusCode()).as("submitted, replayed or in flight").isIn(200, 409);
            if (answer.statusCode() == 200) {
                assertThat((String) answer.path("status")).isEqualTo("RESERVED");
                if (!"true".equals(answer.header(IdempotentRequests.REPLAYED_HEADER))) {
                    firsts++;
                }
            }
        }
        assertThat(firsts).isEqualTo(1);
        assertThat(SupplyFixtures.movements(productId, "RESERVATION")).containsExactly(30);
        assertThat(SupplyFixtures.stock(productId)).isEqualTo(new Stock(100, 30));
        assertThat(SupplyFixtures.count("SELECT count(*) FROM supply_order_event WHERE order_id = ?1 AND kind = 'SUBMITTED'",
                orderId)).isEqualTo(1);
        assertThat(SupplyFixtures.status(orderId)).isEqualTo("RESERVED");
        assertLedgerBalances(productId);
        siae.as().header(IdempotentRequests.HEADER, key).when().post(ORDERS + "/" + orderId + "/submit").then()
                .statusCode(200).header(IdempotentRequests.REPLAYED_HEADER, "true");
        assertThat(SupplyFixtures.movements(productId, "RESERVATION")).containsExactly(30);
    }
}
