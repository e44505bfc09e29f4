package fr.relanceiae.supply.order;

import static fr.relanceiae.supply.SupplyFixtures.assertLedgerBalances;
import static fr.relanceiae.supply.SupplyFixtures.concurrently;
import static fr.relanceiae.supply.SupplyFixtures.line;
import static fr.relanceiae.supply.SupplyFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.Stock;
import fr.relanceiae.supply.SupplyFixtures.StoredLine;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Many structures submitting at once against scarce stock, against the real database: never a unit promised twice. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SupplySubmitConcurrencyTest {

    private static final int ORDERS = 200;
    private static final int UNITS = 10;
    private static final int STOCK = 1_000;

    @Test
    void two_hundred_concurrent_submissions_of_ten_units_share_exactly_the_thousand_available() throws Exception {
        Caller facilitator = SupplyFixtures.facilitator();
        UUID productId = SupplyFixtures.product(facilitator, STOCK);
        List<TestStructure> structures = List.of(SupplyFixtures.structure(), SupplyFixtures.structure(),
                SupplyFixtures.structure(), SupplyFixtures.structure());
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            orders.add(SupplyFixtures.draft(facilitator, structures.get(i % structures.size()).id(), productId, UNITS));
        }
        List<Callable<Integer>> submissions = orders.stream()
                .<Callable<Integer>>map(id -> () -> post(facilitator, id, "submit").statusCode()).toList();

        List<Integer> statuses = concurrently(32, submissions);

        assertThat(statuses).as("every submission goes through").containsOnly(200);
        Stock stock = SupplyFixtures.stock(productId);
        assertThat(stock).isEqualTo(new Stock(STOCK, STOCK));
        assertThat(stock.available()).isZero();
        int reserved = 0;
        int backordered = 0;
        for (UUID id : orders) {
            StoredLine line = line(id);
            assertThat(line.reserved() + line.backordered()).as("reserved + backordered = asked").isEqualTo(UNITS);
            reserved += line.reserved();
            backordered += line.backordered();
            assertThat(SupplyFixtures.status(id)).isEqualTo(line.reserved() == UNITS ? "RESERVED"
                    : line.reserved() == 0 ? "BACKORDERED" : "PARTIALLY_RESERVED");
        }
        assertThat(reserved).isEqualTo(STOCK);
        assertThat(backordered).isEqualTo(ORDERS * UNITS - STOCK);
        // one RESERVATION per order that got something, their sum the stock
        assertThat(SupplyFixtures.movements(productId, "RESERVATION").stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(STOCK);
        assertLedgerBalances(productId);
    }
}
