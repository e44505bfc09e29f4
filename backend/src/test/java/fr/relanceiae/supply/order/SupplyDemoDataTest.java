package fr.relanceiae.supply.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SupplyDemoDataTest {

    @Test
    void the_demo_structure_has_orders_in_every_status_a_person_meets() {
        String siae = TestAccounts.demoToken(DemoAccounts.SIAE);
        List<String> statuses = given().auth().oauth2(siae).queryParam("size", 100).when().get("/api/v1/supply-orders")
                .then().statusCode(200).extract().jsonPath().getList("items.status", String.class);

        assertThat(statuses).contains("DRAFT", "RESERVED", "PARTIALLY_RESERVED", "BACKORDERED", "SHIPPED", "DELIVERED",
                "CANCELLED");
    }

    @Test
    void ffp2_masks_have_new_stock_and_orders_waiting_so_that_an_allocation_run_can_be_tried_at_once() {
        String facilitator = TestAccounts.demoToken(DemoAccounts.FACILITATOR);
        var ffp2 = given().auth().oauth2(facilitator).when().get("/api/v1/products").then().statusCode(200)
                .extract().jsonPath().getMap("find { it.sku == '" + SupplyDemoData.FFP2_SKU + "' }");

        assertThat(((Number) ffp2.get("available")).intValue()).isPositive();
        assertThat(((Number) ffp2.get("backordered")).intValue()).isGreaterThan(((Number) ffp2.get("available")).intValue());
    }

    @Test
    void the_demo_ledger_balances_every_product() {
        // on_hand and reserved are the sums of the ledger, by the sign rules of V25.
        List<?> unbalanced = QuarkusTransaction.requiringNew().call(() -> SupplyOrder.getEntityManager().createNativeQuery("""
                SELECT p.sku FROM product p
                LEFT JOIN stock_movement m ON m.product_id = p.id
                GROUP BY p.id, p.sku, p.on_hand, p.reserved
                HAVING p.on_hand <> coalesce(sum(m.quantity) FILTER (WHERE m.reason IN ('RECEIPT', 'ADJUSTMENT', 'SHIPMENT')), 0)
                    OR p.reserved <> coalesce(sum(m.quantity) FILTER (WHERE m.reason IN ('RESERVATION', 'RELEASE', 'SHIPMENT')), 0)
                """).getResultList());
        long demoProducts = QuarkusTransaction.requiringNew().call(() -> ((Number) SupplyOrder.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM product WHERE sku LIKE 'MASQ-%' OR sku LIKE 'GEL-%'")
                .getSingleResult()).longValue());

        assertThat(demoProducts).isGreaterThanOrEqualTo(3);
        assertThat(unbalanced).isEmpty();
    }
}
