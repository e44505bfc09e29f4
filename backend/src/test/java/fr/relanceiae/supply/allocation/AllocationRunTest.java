package fr.relanceiae.supply.allocation;

import static fr.relanceiae.supply.SupplyFixtures.RUNS;
import static fr.relanceiae.supply.SupplyFixtures.assertLedgerBalances;
import static fr.relanceiae.supply.SupplyFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.Stock;
import fr.relanceiae.supply.SupplyFixtures.StockSnapshot;
import fr.relanceiae.supply.SupplyFixtures.StoredLine;
import fr.relanceiae.supply.product.Product;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Allocation runs through the API on fixtures whose shares are worked by hand: the proposal, its
 * application (lines, statuses, ledger), and the 409s that keep a unit from being given twice.
 * Every run names its own fresh product, so that other tests' backorders never enter it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class AllocationRunTest {

    private final Caller facilitator = SupplyFixtures.facilitator();

    /** Three backordered orders of one product, of structures with insertion FTE 10, 5 and none (weighs 1). */
    private record Fixture(UUID productId, UUID ten, UUID five, UUID none) {
        List<UUID> orders() {
            return List.of(ten, five, none);
        }
    }

    /** Nothing in stock when they submit: each order is BACKORDERED for all it asks. */
    private Fixture backordered(int askedByTen, int askedByFive, int askedByNone) {
        UUID productId = SupplyFixtures.product(facilitator, 0);
        Fixture fixture = new Fixture(productId,
                order(new BigDecimal("10"), productId, askedByTen),
                order(new BigDecimal("5"), productId, askedByFive),
                order(null, productId, askedByNone));
        fixture.orders().forEach(id -> assertThat(SupplyFixtures.status(id)).isEqualTo("BACKORDERED"));
        return fixture;
    }

    private UUID order(BigDecimal fte, UUID productId, int quantity) {
        UUID id = SupplyFixtures.draft(facilitator, SupplyFixtures.structure(fte).id(), productId, quantity);
        SupplyFixtures.submit(facilitator, id);
        return id;
    }

    private Response propose(boolean dryRun, UUID productId) {
        return facilitator.as().body(Map.of("dryRun", dryRun, "productIds", List.of(productId.toString())))
                .when().post(RUNS);
    }

    private JsonPath proposal(UUID productId) {
        return propose(true, productId).then().statusCode(201).extract().jsonPath();
    }

    private Response apply(String runId) {
        return facilitator.as().when().post(RUNS + "/" + runId + "/apply");
    }

    /** The units the run gives the order's line, as the API shows it. */
    private static int unitsFor(JsonPath run, UUID orderId) {
        return run.getInt("lines.items.find { it.orderId == '" + orderId + "' }.units");
    }

    private static long runReservations(String runId) {
        return SupplyFixtures.count("SELECT count(*) FROM stock_movement WHERE allocation_run_id = ?1",
                UUID.fromString(runId));
    }

    private static String runStatus(String runId) {
        return SupplyFixtures.count("SELECT count(*) FROM allocation_run WHERE id = ?1 AND status = 'APPLIED'",
                UUID.fromString(runId)) == 1 ? "APPLIED" : "PROPOSED";
    }

    @Test
    void a_dry_run_proposes_the_shares_worked_by_hand_and_moves_nothing_then_apply_reserves_them_once() {
        // Needs 8 (FTE 10), 20 (FTE 5) and 20 (no FTE: weighs 1); 16 units arrive.
        // Pro rata to 10:5:1 the first would get 16 × 10/16 = 10, more than its 8: it is capped at 8,
        // and the 8 left are shared again between the others, 5:1 → 6.667 and 1.333. Whole units:
        // 6 and 1, and the last unit goes to the largest remainder (0.667) → 8 / 7 / 1, 16 in all.
        Fixture fixture = backordered(8, 20, 20);
        SupplyFixtures.receive(facilitator, fixture.productId(), 16);
        StockSnapshot before = SupplyFixtures.snapshot(fixture.productId());

        JsonPath run = proposal(fixture.productId());

        assertThat(run.getString("status")).isEqualTo("PROPOSED");
        assertThat(run.getLong("available")).isEqualTo(16);
        assertThat(run.getLong("allocated")).isEqualTo(16);
        assertThat(run.getLong("left")).isZero();
        assertThat(run.getLong("structureCount")).isEqualTo(3);
        assertThat(run.getList("products")).hasSize(1);
        assertThat(run.getInt("products[0].available")).isEqualTo(16);
        assertThat(run.getInt("products[0].allocated")).isEqualTo(16);
        assertThat(run.getInt("products[0].left")).isZero();
        assertThat(run.getInt("products[0].lineCount")).isEqualTo(3);
        assertThat(run.getLong("lines.totalItems")).isEqualTo(3);
        assertThat(unitsFor(run, fixture.ten())).isEqualTo(8);
        assertThat(unitsFor(run, fixture.five())).isEqualTo(7);
        assertThat(unitsFor(run, fixture.none())).isEqualTo(1);
        assertThat(run.getDouble("lines.items.find { it.orderId == '" + fixture.none() + "' }.weight")).isEqualTo(1.0);
        assertThat(run.getDouble("lines.items.find { it.orderId == '" + fixture.ten() + "' }.weight")).isEqualTo(10.0);
        assertThat(run.getInt("lines.items.find { it.orderId == '" + fixture.five() + "' }.need")).isEqualTo(20);
        // a dry run moves nothing
        assertThat(SupplyFixtures.snapshot(fixture.productId())).isEqualTo(before);
        fixture.orders().forEach(id -> assertThat(SupplyFixtures.status(id)).isEqualTo("BACKORDERED"));
        assertThat(line(fixture.five()).reserved()).isZero();
        assertThat(runReservations(run.getString("id"))).isZero();

        JsonPath applied = apply(run.getString("id")).then().statusCode(200).extract().jsonPath();

        assertThat(applied.getString("status")).isEqualTo("APPLIED");
        assertThat(applied.getString("appliedAt")).isNotNull();
        assertThat(unitsFor(applied, fixture.five())).isEqualTo(7);
        assertThat(line(fixture.ten())).extracting(StoredLine::reserved, StoredLine::backordered).containsExactly(8, 0);
        assertThat(line(fixture.five())).extracting(StoredLine::reserved, StoredLine::backordered).containsExactly(7, 13);
        assertThat(line(fixture.none())).extracting(StoredLine::reserved, StoredLine::backordered).containsExactly(1, 19);
        assertThat(SupplyFixtures.status(fixture.ten())).isEqualTo("RESERVED");
        assertThat(SupplyFixtures.status(fixture.five())).isEqualTo("PARTIALLY_RESERVED");
        assertThat(SupplyFixtures.status(fixture.none())).isEqualTo("PARTIALLY_RESERVED");
        facilitator.as().when().get(SupplyFixtures.ORDERS + "/" + fixture.five()).then().statusCode(200)
                .body("status", equalTo("PARTIALLY_RESERVED")).body("lines[0].quantityReserved", equalTo(7))
                .body("lines[0].quantityBackordered", equalTo(13))
                .body("events.kind", org.hamcrest.Matchers.hasItem("ALLOCATED"));
        assertThat(SupplyFixtures.stock(fixture.productId())).isEqualTo(new Stock(16, 16));
        // one RESERVATION for the run and product, of every unit given; its lines are the run's
        assertThat(SupplyFixtures.count("SELECT count(*) FROM stock_movement WHERE allocation_run_id = ?1 "
                + "AND reason = 'RESERVATION' AND product_id = ?2 AND order_line_id IS NULL AND quantity = 16 "
                + "AND on_hand_after = 16 AND reserved_after = 16", UUID.fromString(run.getString("id")),
                fixture.productId())).isEqualTo(1);
        assertThat(SupplyFixtures.count("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE allocation_run_id = ?1",
                UUID.fromString(run.getString("id")))).isEqualTo(16);
        assertLedgerBalances(fixture.productId());

        // applied once only
        StockSnapshot after = SupplyFixtures.snapshot(fixture.productId());
        apply(run.getString("id")).then().statusCode(409).contentType("application/problem+json");
        assertThat(SupplyFixtures.snapshot(fixture.productId())).isEqualTo(after);
        facilitator.as().when().get(RUNS + "/" + run.getString("id")).then().statusCode(200)
                .body("status", equalTo("APPLIED")).body("allocated", equalTo(16));
    }

    @Test
    void a_runs_lines_are_paged_most_units_first_and_every_line_is_on_exactly_one_page() {
        // The shares of the first test: 8 (FTE 10), 7 (FTE 5), 1 (no FTE).
        Fixture fixture = backordered(8, 20, 20);
        SupplyFixtures.receive(facilitator, fixture.productId(), 16);
        String runId = proposal(fixture.productId()).getString("id");

        JsonPath first = facilitator.as().queryParam("size", 2).when().get(RUNS + "/" + runId).then().statusCode(200)
                .extract().jsonPath();
        JsonPath second = facilitator.as().queryParam("size", 2).queryParam("page", 1).when().get(RUNS + "/" + runId)
                .then().statusCode(200).extract().jsonPath();
        JsonPath beyond = facilitator.as().queryParam("size", 2).queryParam("page", 2).when().get(RUNS + "/" + runId)
                .then().statusCode(200).extract().jsonPath();

        assertThat(first.getList("lines.items.orderId", String.class))
                .containsExactly(fixture.ten().toString(), fixture.five().toString());
        assertThat(first.getList("lines.items.units", Integer.class)).containsExactly(8, 7);
        assertThat(second.getList("lines.items.orderId", String.class)).containsExactly(fixture.none().toString());
        assertThat(beyond.getList("lines.items")).isEmpty();
        assertThat(List.of(first, second, beyond)).allSatisfy(page -> {
            assertThat(page.getLong("lines.totalItems")).isEqualTo(3);
            assertThat(page.getInt("lines.size")).isEqualTo(2);
        });
    }

    @Test
    void a_run_that_is_not_dry_proposes_and_applies_at_once() {
        // Needs 20 each, weights 10:5:1 (16 in all), 16 units: 10 / 5 / 1 exactly, nothing left.
        Fixture fixture = backordered(20, 20, 20);
        SupplyFixtures.receive(facilitator, fixture.productId(), 16);

        JsonPath run = propose(false, fixture.productId()).then().statusCode(201).extract().jsonPath();

        assertThat(run.getString("status")).isEqualTo("APPLIED");
        assertThat(run.getLong("allocated")).isEqualTo(16);
        assertThat(run.getLong("left")).isZero();
        assertThat(unitsFor(run, fixture.ten())).isEqualTo(10);
        assertThat(unitsFor(run, fixture.five())).isEqualTo(5);
        assertThat(unitsFor(run, fixture.none())).isEqualTo(1);
        assertThat(line(fixture.ten())).extracting(StoredLine::reserved, StoredLine::backordered).containsExactly(10, 10);
        assertThat(line(fixture.five())).extracting(StoredLine::reserved, StoredLine::backordered).containsExactly(5, 15);
        assertThat(line(fixture.none())).extracting(StoredLine::reserved, StoredLine::backordered).containsExactly(1, 19);
        fixture.orders().forEach(id -> assertThat(SupplyFixtures.status(id)).isEqualTo("PARTIALLY_RESERVED"));
        assertThat(SupplyFixtures.stock(fixture.productId())).isEqualTo(new Stock(16, 16));
        assertThat(runReservations(run.getString("id"))).isEqualTo(1); // one product
        assertLedgerBalances(fixture.productId());
        apply(run.getString("id")).then().statusCode(409);
    }

    @Test
    void more_stock_than_needs_leaves_the_rest_and_accounts_for_every_unit() {
        // Needs 3 + 4 + 5 = 12, 30 arrive: every line is served whole, 18 are left.
        Fixture fixture = backordered(3, 4, 5);
        SupplyFixtures.receive(facilitator, fixture.productId(), 30);

        JsonPath run = propose(false, fixture.productId()).then().statusCode(201).extract().jsonPath();

        assertThat(run.getLong("available")).isEqualTo(30);
        assertThat(run.getLong("allocated")).isEqualTo(12);
        assertThat(run.getLong("left")).isEqualTo(18);
        fixture.orders().forEach(id -> assertThat(SupplyFixtures.status(id)).isEqualTo("RESERVED"));
        assertThat(SupplyFixtures.stock(fixture.productId())).isEqualTo(new Stock(30, 12));
        assertLedgerBalances(fixture.productId());
    }

    @Test
    void apply_is_a_409_when_stock_arrived_since_the_proposal_and_nothing_moves() {
        Fixture fixture = backordered(20, 20, 20);
        SupplyFixtures.receive(facilitator, fixture.productId(), 16);
        String runId = proposal(fixture.productId()).getString("id");
        SupplyFixtures.receive(facilitator, fixture.productId(), 1);
        StockSnapshot before = SupplyFixtures.snapshot(fixture.productId());

        apply(runId).then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo(AllocationRunService.STALE));

        assertThat(SupplyFixtures.snapshot(fixture.productId())).isEqualTo(before);
        assertThat(before.stock()).isEqualTo(new Stock(17, 0));
        fixture.orders().forEach(id -> {
            assertThat(SupplyFixtures.status(id)).isEqualTo("BACKORDERED");
            assertThat(line(id).backordered()).isEqualTo(20);
        });
        assertThat(runReservations(runId)).isZero();
        assertThat(runStatus(runId)).isEqualTo("PROPOSED");
    }

    @Test
    void apply_is_a_409_when_a_backordered_line_was_cancelled_since_the_proposal_and_nothing_moves() {
        Fixture fixture = backordered(20, 20, 20);
        SupplyFixtures.receive(facilitator, fixture.productId(), 16);
        String runId = proposal(fixture.productId()).getString("id");
        facilitator.as().when().post(SupplyFixtures.ORDERS + "/" + fixture.five() + "/lines/" + line(fixture.five()).id()
                + "/cancel").then().statusCode(200);
        StockSnapshot before = SupplyFixtures.snapshot(fixture.productId());

        apply(runId).then().statusCode(409).body("detail", equalTo(AllocationRunService.STALE));

        assertThat(SupplyFixtures.snapshot(fixture.productId())).isEqualTo(before);
        assertThat(before.stock()).isEqualTo(new Stock(16, 0));
        assertThat(line(fixture.ten()).backordered()).isEqualTo(20);
        assertThat(line(fixture.none()).backordered()).isEqualTo(20);
        assertThat(runReservations(runId)).isZero();
        assertThat(runStatus(runId)).isEqualTo("PROPOSED");
    }

    /**
     * The API offers no way to change a backorder's need without moving the stock or the number of
     * backorders (both checked first), so these change it in SQL: the checks that remain (a line
     * given units, as it is updated; a line given none, before) must still refuse, and nothing move.
     */
    @ParameterizedTest
    @ValueSource(ints = { 16, 1 }) // 16 units: every line gets some; 1 unit: the line changed gets none
    void apply_is_a_409_when_a_proposed_line_no_longer_waits_for_what_it_did_and_nothing_moves(int units) {
        Fixture fixture = backordered(20, 20, 20);
        SupplyFixtures.receive(facilitator, fixture.productId(), units);
        JsonPath run = proposal(fixture.productId());
        assertThat(unitsFor(run, fixture.five())).isEqualTo(units == 16 ? 5 : 0);
        QuarkusTransaction.requiringNew().run(() -> assertThat(Product.getEntityManager().createNativeQuery(
                "UPDATE supply_order_line SET quantity = quantity - 1, quantity_backordered = quantity_backordered - 1 "
                        + "WHERE id = ?1").setParameter(1, line(fixture.five()).id()).executeUpdate()).isEqualTo(1));
        StockSnapshot before = SupplyFixtures.snapshot(fixture.productId());

        apply(run.getString("id")).then().statusCode(409).body("detail", equalTo(AllocationRunService.STALE));

        assertThat(SupplyFixtures.snapshot(fixture.productId())).isEqualTo(before);
        assertThat(line(fixture.ten()).reserved()).isZero();
        assertThat(line(fixture.five()).backordered()).isEqualTo(19);
        assertThat(runReservations(run.getString("id"))).isZero();
        assertThat(runStatus(run.getString("id"))).isEqualTo("PROPOSED");
        fixture.orders().forEach(id -> assertThat(SupplyFixtures.status(id)).isEqualTo("BACKORDERED"));
    }

    /**
     * An order given units that is no longer open, while another order's backorder, open again,
     * keeps their number the same: only the check of the orders as they are locked tells (the line
     * update no longer joins its order). Statuses set in SQL: the API closes an order only by moving
     * its lines too, and reopens none.
     */
    @Test
    void apply_is_a_409_when_an_order_given_units_closed_since_the_proposal_and_nothing_moves() {
        Fixture fixture = backordered(20, 20, 20);
        UUID other = order(null, fixture.productId(), 3);
        setStatus(other, "SHIPPED"); // out of the proposal
        SupplyFixtures.receive(facilitator, fixture.productId(), 16);
        JsonPath run = proposal(fixture.productId());
        assertThat(unitsFor(run, fixture.five())).isEqualTo(5);
        setStatus(fixture.five(), "SHIPPED");
        setStatus(other, "BACKORDERED");
        StockSnapshot before = SupplyFixtures.snapshot(fixture.productId());

        apply(run.getString("id")).then().statusCode(409).body("detail", equalTo(AllocationRunService.STALE));

        assertThat(SupplyFixtures.snapshot(fixture.productId())).isEqualTo(before);
        assertThat(line(fixture.five()).reserved()).isZero();
        assertThat(line(fixture.ten()).reserved()).isZero();
        assertThat(runReservations(run.getString("id"))).isZero();
        assertThat(runStatus(run.getString("id"))).isEqualTo("PROPOSED");
    }

    private static void setStatus(UUID orderId, String status) {
        QuarkusTransaction.requiringNew().run(() -> assertThat(Product.getEntityManager().createNativeQuery(
                "UPDATE supply_order SET status = ?2 WHERE id = ?1").setParameter(1, orderId).setParameter(2, status)
                .executeUpdate()).isEqualTo(1));
    }

    @Test
    void two_proposals_applied_at_once_one_applies_the_other_is_a_409_never_a_unit_given_twice() throws Exception {
        Fixture fixture = backordered(20, 20, 20);
        SupplyFixtures.receive(facilitator, fixture.productId(), 16);
        String first = proposal(fixture.productId()).getString("id");
        String second = proposal(fixture.productId()).getString("id");

        List<Integer> statuses = SupplyFixtures.concurrently(2, List.<Callable<Integer>>of(
                () -> apply(first).statusCode(), () -> apply(second).statusCode()));

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        String applied = statuses.get(0) == 200 ? first : second;
        String refused = statuses.get(0) == 200 ? second : first;
        assertThat(runStatus(applied)).isEqualTo("APPLIED");
        assertThat(runStatus(refused)).isEqualTo("PROPOSED");
        assertThat(runReservations(refused)).isZero();
        assertThat(SupplyFixtures.stock(fixture.productId())).isEqualTo(new Stock(16, 16));
        int reserved = fixture.orders().stream().mapToInt(id -> line(id).reserved()).sum();
        assertThat(reserved).isEqualTo(16);
        assertLedgerBalances(fixture.productId());
    }

    /** Applying a proposal, or proposing and applying at once (dryRun false): the same locks. */
    @ParameterizedTest(name = "applied by {0}")
    @ValueSource(strings = { "apply", "dryRun false" })
    void orders_cancelled_while_a_run_is_applied_are_released_whole_and_never_deadlock(String how) throws Exception {
        // 6 orders of one structure each hold 5 reserved units and wait for 5 more; 12 arrive.
        UUID productId = SupplyFixtures.product(facilitator, 0);
        UUID structureId = SupplyFixtures.structure().id();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            SupplyFixtures.receive(facilitator, productId, 5);
            ids.add(UUID.fromString(SupplyFixtures.submitted(facilitator, structureId, productId, 10).getString("id")));
        }
        SupplyFixtures.receive(facilitator, productId, 12);
        String runId = how.equals("apply") ? proposal(productId).getString("id") : null;
        Callable<Integer> run = runId != null ? () -> apply(runId).statusCode()
                : () -> propose(false, productId).statusCode();

        // The worst interleaving, made sure of: the test holds the product's row, the run queues for it
        // first, then the cancellations lock their orders and queue behind it; then the product is let go.
        List<Integer> statuses = SupplyFixtures.whileProductLocked(productId, () -> {
            ExecutorService pool = Executors.newFixedThreadPool(ids.size() + 1);
            try {
                Future<Integer> applied = pool.submit(run);
                SupplyFixtures.awaitLockWaiters(1);
                List<Future<Integer>> cancels = ids.stream()
                        .map(id -> pool.submit(() -> SupplyFixtures.post(facilitator, id, "cancel").statusCode())).toList();
                SupplyFixtures.awaitLockWaiters(1 + ids.size());
                return () -> {
                    List<Integer> answers = new ArrayList<>();
                    answers.add(applied.get(120, TimeUnit.SECONDS));
                    for (Future<Integer> cancel : cancels) {
                        answers.add(cancel.get(120, TimeUnit.SECONDS));
                    }
                    pool.shutdown();
                    return answers;
                };
            } catch (Exception e) {
                pool.shutdownNow();
                throw e;
            }
        });

        assertThat(statuses.get(0)).as("the run applies (it was first)").isEqualTo(runId != null ? 200 : 201);
        assertThat(statuses.subList(1, statuses.size())).as("every cancellation goes through").containsOnly(200);
        ids.forEach(id -> assertThat(SupplyFixtures.status(id)).isEqualTo("CANCELLED"));
        // what the run gave was released with the rest
        assertThat(SupplyFixtures.movements(productId, "RELEASE").stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(-42);
        assertThat(SupplyFixtures.stock(productId)).isEqualTo(new Stock(42, 0));
        assertLedgerBalances(productId);
    }
}
