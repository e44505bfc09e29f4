package fr.relanceiae.supply.order;

import static fr.relanceiae.supply.SupplyFixtures.ORDERS;
import static fr.relanceiae.supply.SupplyFixtures.PRODUCTS;
import static fr.relanceiae.supply.SupplyFixtures.assertLedgerBalances;
import static fr.relanceiae.supply.SupplyFixtures.line;
import static fr.relanceiae.supply.SupplyFixtures.lines;
import static fr.relanceiae.supply.SupplyFixtures.post;
import static fr.relanceiae.supply.SupplyFixtures.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.Stock;
import fr.relanceiae.supply.SupplyFixtures.StockSnapshot;
import fr.relanceiae.supply.SupplyFixtures.StoredLine;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An order's life through the API — write, submit, cancel, ship, deliver — with the stock it moves read back. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SupplyOrderLifecycleTest {

    private final Caller facilitator = SupplyFixtures.facilitator();
    private TestStructure structure;

    @BeforeEach
    void aStructure() {
        structure = SupplyFixtures.structure(); // through the API: not in a field initialiser, before RestAssured knows the port
    }

    /** A submitted order of two lines: 10 asked of a product with 6 (6 reserved, 4 backordered), 5 of one with 100. */
    private record TwoLines(UUID orderId, UUID scarce, UUID plentiful) {
    }

    private TwoLines twoLines() {
        UUID scarce = SupplyFixtures.product(facilitator, 6);
        UUID plentiful = SupplyFixtures.product(facilitator, 100);
        UUID orderId = UUID.fromString(SupplyFixtures.create(facilitator,
                SupplyFixtures.orderBody(structure.id(), units(scarce, 10, plentiful, 5))).then().statusCode(201)
                .extract().path("id"));
        JsonPath submitted = SupplyFixtures.submit(facilitator, orderId);
        assertThat(submitted.getString("status")).isEqualTo("PARTIALLY_RESERVED");
        assertThat(submitted.getInt("lines[0].quantityReserved")).isEqualTo(6);
        assertThat(submitted.getInt("lines[0].quantityBackordered")).isEqualTo(4);
        assertThat(submitted.getInt("lines[1].quantityReserved")).isEqualTo(5);
        assertThat(SupplyFixtures.stock(scarce)).isEqualTo(new Stock(6, 6));
        assertThat(SupplyFixtures.stock(plentiful)).isEqualTo(new Stock(100, 5));
        return new TwoLines(orderId, scarce, plentiful);
    }

    // --- Submitting ---------------------------------------------------------------------------------------

    @Test
    void the_submission_answers_the_order_as_it_reads_back_history_and_authors_included() {
        UUID productId = SupplyFixtures.product(facilitator, 3);
        Caller siae = SupplyFixtures.siaeUserOf(structure);
        // written by the facilitator, sent by the structure's user: an author the history did not name yet
        UUID orderId = SupplyFixtures.draft(facilitator, structure.id(), productId, 5);

        io.restassured.response.Response submitted = post(siae, orderId, "submit");
        submitted.then().statusCode(200).body("status", equalTo("PARTIALLY_RESERVED"))
                .body("events.kind", equalTo(List.of("CREATED", "SUBMITTED")))
                .body("events[1].detail", equalTo("3 réservée(s), 2 en attente"))
                .body("events[1].authorName", equalTo("Personne de la structure"));
        io.restassured.response.Response read = siae.as().when().get(ORDERS + "/" + orderId);
        read.then().statusCode(200);

        assertThat(submitted.jsonPath().getMap("")).isEqualTo(read.jsonPath().getMap(""));
        assertThat(submitted.header("ETag")).isEqualTo(read.header("ETag"));
        assertThat(SupplyFixtures.mailSubjects(SupplyFixtures.emailOf(siae.userId())))
                .containsExactly("Commande " + SupplyFixtures.reference(orderId) + " réservée en partie");
        assertLedgerBalances(productId);
    }

    // --- Cancelling ---------------------------------------------------------------------------------------

    @Test
    void cancelling_releases_exactly_what_was_reserved() {
        TwoLines order = twoLines();

        post(facilitator, order.orderId(), "cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelledAt", notNullValue())
                .body("lines.quantityReserved", equalTo(List.of(0, 0)))
                .body("lines.quantityBackordered", equalTo(List.of(0, 0)));

        assertThat(SupplyFixtures.status(order.orderId())).isEqualTo("CANCELLED");
        assertThat(SupplyFixtures.movements(order.scarce(), "RELEASE")).containsExactly(-6);
        assertThat(SupplyFixtures.movements(order.plentiful(), "RELEASE")).containsExactly(-5);
        assertThat(SupplyFixtures.stock(order.scarce())).isEqualTo(new Stock(6, 0));
        assertThat(SupplyFixtures.stock(order.plentiful())).isEqualTo(new Stock(100, 0));
        assertThat(lines(order.orderId())).allSatisfy(line -> {
            assertThat(line.reserved()).isZero();
            assertThat(line.backordered()).isZero();
        });
        assertLedgerBalances(order.scarce());
        assertLedgerBalances(order.plentiful());
        facilitator.as().when().get(PRODUCTS + "/" + order.scarce()).then().statusCode(200)
                .body("available", equalTo(6)).body("reserved", equalTo(0)).body("backordered", equalTo(0));

        // once cancelled, no more transitions
        StockSnapshot after = SupplyFixtures.snapshot(order.scarce());
        post(facilitator, order.orderId(), "cancel").then().statusCode(409);
        post(facilitator, order.orderId(), "submit").then().statusCode(409);
        assertThat(SupplyFixtures.snapshot(order.scarce())).isEqualTo(after);
    }

    @Test
    void cancelling_a_draft_moves_no_stock() {
        UUID productId = SupplyFixtures.product(facilitator, 10);
        UUID orderId = SupplyFixtures.draft(facilitator, structure.id(), productId, 3);
        StockSnapshot before = SupplyFixtures.snapshot(productId);

        post(facilitator, orderId, "cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));

        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(before);
        assertThat(SupplyFixtures.status(orderId)).isEqualTo("CANCELLED");
    }

    @Test
    void cancelling_a_line_releases_it_and_settles_the_order_again() {
        TwoLines order = twoLines();
        StoredLine scarceLine = lines(order.orderId()).get(0);

        facilitator.as().when().post(ORDERS + "/" + order.orderId() + "/lines/" + scarceLine.id() + "/cancel")
                .then().statusCode(200)
                .body("status", equalTo("RESERVED"))
                .body("lines[0].cancelled", equalTo(true)).body("lines[0].quantityReserved", equalTo(0))
                .body("lines[0].quantityBackordered", equalTo(0)).body("lines[1].quantityReserved", equalTo(5));

        assertThat(SupplyFixtures.status(order.orderId())).isEqualTo("RESERVED");
        StoredLine cancelled = lines(order.orderId()).get(0);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.reserved()).isZero();
        assertThat(cancelled.backordered()).isZero();
        assertThat(SupplyFixtures.movements(order.scarce(), "RELEASE")).containsExactly(-6);
        assertThat(SupplyFixtures.movements(order.plentiful(), "RELEASE")).isEmpty();
        assertThat(SupplyFixtures.stock(order.scarce())).isEqualTo(new Stock(6, 0));
        assertThat(SupplyFixtures.stock(order.plentiful())).isEqualTo(new Stock(100, 5));
        assertLedgerBalances(order.scarce());

        // twice is a 409; the last line cancelled cancels the order
        StockSnapshot after = SupplyFixtures.snapshot(order.scarce());
        facilitator.as().when().post(ORDERS + "/" + order.orderId() + "/lines/" + scarceLine.id() + "/cancel")
                .then().statusCode(409);
        assertThat(SupplyFixtures.snapshot(order.scarce())).isEqualTo(after);
        facilitator.as().when().post(ORDERS + "/" + order.orderId() + "/lines/" + lines(order.orderId()).get(1).id()
                + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(SupplyFixtures.stock(order.plentiful())).isEqualTo(new Stock(100, 0));
        assertLedgerBalances(order.plentiful());
    }

    @Test
    void cancelling_the_backordered_line_of_a_partly_shipped_order_ships_it() {
        TwoLines order = twoLines();
        List<StoredLine> stored = lines(order.orderId());
        SupplyFixtures.ship(facilitator, order.orderId(), stored.get(1).id(), 5).then().statusCode(200)
                .body("status", equalTo("PARTIALLY_RESERVED"));

        facilitator.as().when().post(ORDERS + "/" + order.orderId() + "/lines/" + stored.get(0).id() + "/cancel")
                .then().statusCode(200).body("status", equalTo("SHIPPED"));

        assertThat(SupplyFixtures.status(order.orderId())).isEqualTo("SHIPPED");
        assertThat(SupplyFixtures.stock(order.scarce())).isEqualTo(new Stock(6, 0));
        assertThat(SupplyFixtures.stock(order.plentiful())).isEqualTo(new Stock(95, 0));
        assertLedgerBalances(order.scarce());
        assertLedgerBalances(order.plentiful());
    }

    // --- Shipping and delivering --------------------------------------------------------------------------

    @Test
    void shipping_more_than_is_reserved_is_a_409_naming_the_line_and_nothing_moves() {
        UUID productId = SupplyFixtures.product(facilitator, 6);
        JsonPath order = SupplyFixtures.submitted(facilitator, structure.id(), productId, 10);
        UUID orderId = UUID.fromString(order.getString("id"));
        UUID lineId = UUID.fromString(order.getString("lines[0].id"));
        StockSnapshot before = SupplyFixtures.snapshot(productId);

        SupplyFixtures.ship(facilitator, orderId, lineId, 7).then().statusCode(409)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("lines[0].quantity")));

        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(before);
        assertThat(line(orderId).shipped()).isZero();
        assertThat(SupplyFixtures.count("SELECT count(*) FROM supply_shipment WHERE order_id = ?1", orderId)).isZero();
        assertThat(SupplyFixtures.status(orderId)).isEqualTo("PARTIALLY_RESERVED");
    }

    @Test
    void an_order_ships_in_two_parcels_is_shipped_after_the_second_then_delivered() {
        UUID productId = SupplyFixtures.product(facilitator, 50);
        JsonPath order = SupplyFixtures.submitted(facilitator, structure.id(), productId, 10);
        UUID orderId = UUID.fromString(order.getString("id"));
        UUID lineId = UUID.fromString(order.getString("lines[0].id"));
        post(facilitator, orderId, "deliver").then().statusCode(409);

        SupplyFixtures.ship(facilitator, orderId, lineId, 4).then().statusCode(200)
                .body("status", equalTo("RESERVED")).body("lines[0].quantityShipped", equalTo(4))
                .body("shipments", org.hamcrest.Matchers.hasSize(1))
                // the status stays, the order has changed all the same: its version (ETag) moves
                .body("version", org.hamcrest.Matchers.greaterThan(order.getInt("version")));
        assertThat(SupplyFixtures.status(orderId)).isEqualTo("RESERVED");
        assertThat(SupplyFixtures.stock(productId)).isEqualTo(new Stock(46, 6));
        assertLedgerBalances(productId);

        // once a parcel has left, the order can no longer be cancelled (nothing moves)
        StockSnapshot partlyShipped = SupplyFixtures.snapshot(productId);
        post(facilitator, orderId, "cancel").then().statusCode(409);
        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(partlyShipped);
        assertThat(SupplyFixtures.status(orderId)).isEqualTo("RESERVED");
        // nor can a partly shipped line
        facilitator.as().when().post(ORDERS + "/" + orderId + "/lines/" + lineId + "/cancel").then().statusCode(409);
        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(partlyShipped);

        SupplyFixtures.ship(facilitator, orderId, lineId, 6).then().statusCode(200)
                .body("status", equalTo("SHIPPED")).body("shippedAt", notNullValue())
                .body("lines[0].quantityShipped", equalTo(10)).body("shipments", org.hamcrest.Matchers.hasSize(2));
        assertThat(SupplyFixtures.status(orderId)).isEqualTo("SHIPPED");
        assertThat(SupplyFixtures.movements(productId, "SHIPMENT")).containsExactly(-4, -6);
        assertThat(SupplyFixtures.stock(productId)).isEqualTo(new Stock(40, 0));
        assertThat(line(orderId)).extracting(StoredLine::reserved, StoredLine::shipped).containsExactly(10, 10);
        assertThat(SupplyFixtures.count("SELECT count(*) FROM supply_shipment WHERE order_id = ?1", orderId)).isEqualTo(2);
        assertLedgerBalances(productId);
        // nothing more to ship
        SupplyFixtures.ship(facilitator, orderId, lineId, 1).then().statusCode(409);
        post(facilitator, orderId, "cancel").then().statusCode(409);

        post(facilitator, orderId, "deliver").then().statusCode(200).body("status", equalTo("DELIVERED"))
                .body("deliveredAt", notNullValue());
        assertThat(SupplyFixtures.status(orderId)).isEqualTo("DELIVERED");
        post(facilitator, orderId, "deliver").then().statusCode(409);
        assertThat(SupplyFixtures.stock(productId)).isEqualTo(new Stock(40, 0));
    }

    @Test
    void a_line_of_another_order_cannot_be_shipped() {
        UUID productId = SupplyFixtures.product(facilitator, 50);
        UUID orderId = UUID.fromString(SupplyFixtures.submitted(facilitator, structure.id(), productId, 5).getString("id"));
        UUID otherLine = UUID.fromString(SupplyFixtures.submitted(facilitator, structure.id(), productId, 5)
                .getString("lines[0].id"));
        StockSnapshot before = SupplyFixtures.snapshot(productId);

        SupplyFixtures.ship(facilitator, orderId, otherLine, 1).then().statusCode(400)
                .body("errors.field", equalTo(List.of("lines[0].lineId")));

        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(before);
    }

    // --- Writing: the rules of an order's lines -----------------------------------------------------------

    private long ordersOf(TestStructure structure) {
        return SupplyFixtures.count("SELECT count(*) FROM supply_order WHERE structure_id = ?1", structure.id());
    }

    @Test
    void more_than_the_max_per_order_is_a_400_naming_the_line() {
        UUID productId = SupplyFixtures.product(facilitator, 100, 20);

        SupplyFixtures.create(facilitator, SupplyFixtures.orderBody(structure.id(), productId, 21)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("lines[0].quantity")));

        assertThat(ordersOf(structure)).isZero();
        SupplyFixtures.create(facilitator, SupplyFixtures.orderBody(structure.id(), productId, 20)).then().statusCode(201);
        assertThat(ordersOf(structure)).isEqualTo(1);
    }

    @Test
    void an_inactive_product_cannot_be_ordered_and_a_draft_with_it_cannot_be_submitted() {
        UUID productId = SupplyFixtures.product(facilitator, 100);
        UUID draftId = SupplyFixtures.draft(facilitator, structure.id(), productId, 2);
        JsonPath product = facilitator.as().when().get(PRODUCTS + "/" + productId).then().extract().jsonPath();
        Map<String, Object> inactive = new HashMap<>();
        inactive.put("sku", product.getString("sku"));
        inactive.put("name", product.getString("name"));
        inactive.put("unit", product.getString("unit"));
        inactive.put("active", false);
        facilitator.as().header("If-Match", "\"" + product.getLong("version") + "\"").body(inactive).when()
                .put(PRODUCTS + "/" + productId).then().statusCode(200).body("active", equalTo(false));

        SupplyFixtures.create(facilitator, SupplyFixtures.orderBody(structure.id(), productId, 2)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("lines[0].productId")));
        assertThat(ordersOf(structure)).isEqualTo(1);

        StockSnapshot before = SupplyFixtures.snapshot(productId);
        post(facilitator, draftId, "submit").then().statusCode(400)
                .body("errors.field", equalTo(List.of("lines[0].productId")));
        assertThat(SupplyFixtures.status(draftId)).isEqualTo("DRAFT");
        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(before);
    }

    @Test
    void a_product_twice_in_one_order_is_a_400_naming_the_second_line() {
        UUID productId = SupplyFixtures.product(facilitator, 100);
        Map<String, Object> body = new HashMap<>(SupplyFixtures.orderBody(structure.id(), productId, 2));
        body.put("lines", List.of(Map.of("productId", productId.toString(), "quantity", 2),
                Map.of("productId", productId.toString(), "quantity", 3)));

        SupplyFixtures.create(facilitator, body).then().statusCode(400)
                .body("errors.field", equalTo(List.of("lines[1].productId")));

        assertThat(ordersOf(structure)).isZero();
    }

    @Test
    void submitting_an_incomplete_order_lists_every_missing_field_and_reserves_nothing() {
        UUID productId = SupplyFixtures.product(facilitator, 100);
        // no delivery given: the structure's own is taken, and it has neither a street address nor a phone
        Map<String, Object> body = new HashMap<>(SupplyFixtures.orderBody(structure.id(), productId, 2));
        body.remove("delivery");
        UUID orderId = UUID.fromString(SupplyFixtures.create(facilitator, body).then().statusCode(201)
                .body("delivery.city", equalTo("Montreuil")).body("delivery.contactName", equalTo("Camille Martin"))
                .extract().path("id"));
        StockSnapshot before = SupplyFixtures.snapshot(productId);

        post(facilitator, orderId, "submit").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("delivery.address", "delivery.contactPhone"));

        assertThat(SupplyFixtures.status(orderId)).isEqualTo("DRAFT");
        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(before);
        assertThat(line(orderId).reserved()).isZero();

        // an order with no lines at all says so too
        Map<String, Object> empty = new HashMap<>(body);
        empty.put("lines", List.of());
        UUID emptyId = UUID.fromString(SupplyFixtures.create(facilitator, empty).then().statusCode(201).extract().path("id"));
        post(facilitator, emptyId, "submit").then().statusCode(400)
                .body("errors.field", hasItems("lines", "delivery.address", "delivery.contactPhone"))
                .body("errors.field", not(hasItem("delivery.city")));
    }

    @Test
    void a_draft_is_rewritten_with_if_match_and_a_submitted_order_no_longer() {
        UUID productId = SupplyFixtures.product(facilitator, 100);
        UUID other = SupplyFixtures.product(facilitator, 100);
        UUID orderId = SupplyFixtures.draft(facilitator, structure.id(), productId, 2);
        Map<String, Object> rewritten = SupplyFixtures.orderBody(structure.id(), units(productId, 4, other, 1));

        facilitator.as().body(rewritten).when().put(ORDERS + "/" + orderId).then().statusCode(428);
        facilitator.as().header("If-Match", "\"41\"").body(rewritten).when().put(ORDERS + "/" + orderId).then()
                .statusCode(412);
        assertThat(lines(orderId)).extracting(StoredLine::quantity).containsExactly(2);

        String etag = facilitator.as().when().get(ORDERS + "/" + orderId).then().statusCode(200).extract().header("ETag");
        String newEtag = facilitator.as().header("If-Match", etag).body(rewritten).when().put(ORDERS + "/" + orderId)
                .then().statusCode(200).body("lines.quantity", equalTo(List.of(4, 1))).extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        assertThat(lines(orderId)).extracting(StoredLine::productId, StoredLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(productId, 4), org.assertj.core.groups.Tuple.tuple(other, 1));
        // the old ETag is stale now
        facilitator.as().header("If-Match", etag).body(rewritten).when().put(ORDERS + "/" + orderId).then().statusCode(412);

        String submittedEtag = post(facilitator, orderId, "submit").then().statusCode(200).extract().header("ETag");
        StockSnapshot before = SupplyFixtures.snapshot(productId);
        facilitator.as().header("If-Match", submittedEtag).body(SupplyFixtures.orderBody(structure.id(), productId, 9))
                .when().put(ORDERS + "/" + orderId).then().statusCode(409);
        assertThat(lines(orderId)).extracting(StoredLine::quantity).containsExactly(4, 1);
        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(before);
        post(facilitator, orderId, "submit").then().statusCode(409);
        assertThat(SupplyFixtures.movements(productId, "RESERVATION")).containsExactly(4);
    }
}
