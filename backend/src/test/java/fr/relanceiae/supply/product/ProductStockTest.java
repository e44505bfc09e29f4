package fr.relanceiae.supply.product;

import static fr.relanceiae.supply.SupplyFixtures.adjustment;
import static fr.relanceiae.supply.SupplyFixtures.assertLedgerBalances;
import static fr.relanceiae.supply.SupplyFixtures.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.Stock;
import fr.relanceiae.supply.SupplyFixtures.StockSnapshot;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Receipts and adjustments: what they add or remove, what they refuse, and the ledger they write. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ProductStockTest {

    private final Caller facilitator = SupplyFixtures.facilitator();

    @Test
    void a_receipt_and_an_adjustment_move_the_stock_and_the_ledger_shows_them() {
        UUID productId = SupplyFixtures.product(facilitator, 0);

        receipt(facilitator, productId, Map.of("quantity", 40, "source", " Don de la Région ", "comment", "Palette 3"))
                .then().statusCode(201).body("reason", equalTo("RECEIPT")).body("quantity", equalTo(40))
                .body("onHandAfter", equalTo(40)).body("source", equalTo("Don de la Région"));
        adjustment(facilitator, productId, Map.of("quantity", -3, "comment", "Inventaire : 3 boîtes abîmées"))
                .then().statusCode(201).body("reason", equalTo("ADJUSTMENT")).body("quantity", equalTo(-3));

        assertThat(SupplyFixtures.stock(productId)).isEqualTo(new Stock(37, 0));
        assertThat(SupplyFixtures.movements(productId, "RECEIPT")).containsExactly(40);
        assertThat(SupplyFixtures.movements(productId, "ADJUSTMENT")).containsExactly(-3);
        assertLedgerBalances(productId);
        facilitator.as().when().get(SupplyFixtures.PRODUCTS + "/" + productId + "/movements").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.reason", equalTo(List.of("ADJUSTMENT", "RECEIPT")));
        facilitator.as().when().get(SupplyFixtures.PRODUCTS + "/" + productId).then().statusCode(200)
                .body("onHand", equalTo(37)).body("reserved", equalTo(0)).body("available", equalTo(37));
    }

    @Test
    void a_products_backordered_counts_only_its_own_waiting_lines() {
        UUID first = SupplyFixtures.product(facilitator, 0);
        UUID second = SupplyFixtures.product(facilitator, 2);
        UUID structureId = SupplyFixtures.structure().id();
        // first: 4 + 3 wait; second: 5 asked of 2, so 3 wait, in an order that also waits for first
        SupplyFixtures.submitted(facilitator, structureId, first, 4);
        SupplyFixtures.submit(facilitator, UUID.fromString(SupplyFixtures.create(facilitator,
                SupplyFixtures.orderBody(structureId, SupplyFixtures.units(first, 3, second, 5)))
                .then().statusCode(201).extract().path("id")));

        facilitator.as().when().get(SupplyFixtures.PRODUCTS + "/" + first).then().statusCode(200)
                .body("backordered", equalTo(7));
        facilitator.as().when().get(SupplyFixtures.PRODUCTS + "/" + second).then().statusCode(200)
                .body("backordered", equalTo(3)).body("reserved", equalTo(2));
        facilitator.as().when().get(SupplyFixtures.PRODUCTS).then().statusCode(200)
                .body("find { it.id == '" + first + "' }.backordered", equalTo(7))
                .body("find { it.id == '" + second + "' }.backordered", equalTo(3));
        String name = facilitator.as().when().get(SupplyFixtures.PRODUCTS + "/" + second).then().extract().path("name");
        SupplyFixtures.receive(facilitator, second, 4);
        assertThat(SupplyFixtures.count("SELECT count(*) FROM outbox_mail WHERE subject = ?1 AND text_body LIKE ?2",
                "Stock reçu pour des commandes en attente : " + name, "%4 unité(s)%3 unité(s) sont attendues%"))
                .as("the notice counts the second product's waiting units only").isPositive();
        // a product nobody waits for
        UUID idle = SupplyFixtures.product(facilitator, 1);
        facilitator.as().when().get(SupplyFixtures.PRODUCTS + "/" + idle).then().statusCode(200)
                .body("backordered", equalTo(0));
    }

    @Test
    void an_adjustment_may_not_take_reserved_units_409_naming_quantity_and_nothing_moves() {
        UUID productId = SupplyFixtures.product(facilitator, 10);
        SupplyFixtures.submitted(facilitator, SupplyFixtures.structure().id(), productId, 8);
        StockSnapshot before = SupplyFixtures.snapshot(productId);

        adjustment(facilitator, productId, Map.of("quantity", -3, "comment", "Inventaire")).then().statusCode(409)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("quantity")));

        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(before);
        assertThat(before.stock()).isEqualTo(new Stock(10, 8));
        // the 2 available may go
        adjustment(facilitator, productId, Map.of("quantity", -2, "comment", "Inventaire")).then().statusCode(201);
        assertThat(SupplyFixtures.stock(productId)).isEqualTo(new Stock(8, 8));
        assertLedgerBalances(productId);
    }

    @Test
    void invalid_receipts_and_adjustments_are_400s_naming_the_field_and_nothing_moves() {
        UUID productId = SupplyFixtures.product(facilitator, 5);
        StockSnapshot before = SupplyFixtures.snapshot(productId);

        receipt(facilitator, productId, Map.of("quantity", 0, "source", "Don")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("quantity")));
        receipt(facilitator, productId, Map.of("quantity", -4, "source", "Don")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("quantity")));
        receipt(facilitator, productId, Map.of("quantity", 4)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("source")));
        receipt(facilitator, productId, Map.of("quantity", 4, "source", "  ")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("source")));
        receipt(facilitator, productId, Map.of("quantity", 1_000_001, "source", "Don")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("quantity")));
        adjustment(facilitator, productId, Map.of("quantity", 0, "comment", "Rien")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("quantity")));
        adjustment(facilitator, productId, Map.of("quantity", 2)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("comment")));
        adjustment(facilitator, productId, Map.of("comment", "Sans quantité")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("quantity")));

        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(before);
        // an unknown product
        receipt(facilitator, UUID.randomUUID(), Map.of("quantity", 4, "source", "Don")).then().statusCode(404);
    }

    @Test
    void a_siae_user_reads_the_products_but_may_not_receive_stock() {
        UUID productId = SupplyFixtures.product(facilitator, 5);
        Caller siae = SupplyFixtures.siaeUserOf(SupplyFixtures.structure());
        StockSnapshot before = SupplyFixtures.snapshot(productId);

        siae.as().when().get(SupplyFixtures.PRODUCTS + "/" + productId).then().statusCode(200).body("available", equalTo(5));
        receipt(siae, productId, Map.of("quantity", 4, "source", "Don")).then().statusCode(403);
        adjustment(siae, productId, Map.of("quantity", -1, "comment", "Perdu")).then().statusCode(403);
        siae.as().when().get(SupplyFixtures.PRODUCTS + "/" + productId + "/movements").then().statusCode(403);

        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(before);
    }
}
