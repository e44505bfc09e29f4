package fr.relanceiae.supply.order;

import static fr.relanceiae.supply.SupplyFixtures.ORDERS;
import static fr.relanceiae.supply.SupplyFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.StockSnapshot;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Whose orders are whose: a siae user orders for, sees and acts on its organisation's structures'
 * orders only (another's is a 404, as if it did not exist), never ships; a facilitator sees all;
 * buyers and partners have no business here. The access matrix covers each endpoint × role; this
 * goes into the ownership rules.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SupplyOrderOwnershipTest {

    private final Caller facilitator = SupplyFixtures.facilitator();

    @Test
    void a_siae_user_never_reaches_another_organisations_order_404_and_nothing_changes() {
        UUID productId = SupplyFixtures.product(facilitator, 100);
        TestStructure theirs = SupplyFixtures.structure();
        Caller stranger = SupplyFixtures.siaeUserOf(SupplyFixtures.structure());
        UUID draft = SupplyFixtures.draft(facilitator, theirs.id(), productId, 3);
        JsonPath submitted = SupplyFixtures.submitted(facilitator, theirs.id(), productId, 4);
        UUID submittedId = UUID.fromString(submitted.getString("id"));
        String etag = facilitator.as().when().get(ORDERS + "/" + draft).then().extract().header("ETag");
        StockSnapshot before = SupplyFixtures.snapshot(productId);

        stranger.as().when().get(ORDERS + "/" + draft).then().statusCode(404);
        stranger.as().header("If-Match", etag).body(SupplyFixtures.orderBody(null, productId, 9)).when()
                .put(ORDERS + "/" + draft).then().statusCode(404);
        stranger.as().header("If-Match", etag).body(SupplyFixtures.delivery()).when()
                .put(ORDERS + "/" + draft + "/delivery").then().statusCode(404);
        post(stranger, draft, "submit").then().statusCode(404);
        post(stranger, draft, "cancel").then().statusCode(404);
        post(stranger, submittedId, "cancel").then().statusCode(404);
        stranger.as().when().post(ORDERS + "/" + submittedId + "/lines/" + submitted.getString("lines[0].id") + "/cancel")
                .then().statusCode(404);

        assertThat(SupplyFixtures.status(draft)).isEqualTo("DRAFT");
        assertThat(SupplyFixtures.line(draft).quantity()).isEqualTo(3);
        assertThat(SupplyFixtures.status(submittedId)).isEqualTo("RESERVED");
        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(before);
        // nor may it order for a structure that is not its organisation's
        SupplyFixtures.create(stranger, SupplyFixtures.orderBody(theirs.id(), productId, 1)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("structureId")));
        assertThat(SupplyFixtures.count("SELECT count(*) FROM supply_order WHERE structure_id = ?1", theirs.id()))
                .isEqualTo(2);
    }

    @Test
    void a_siae_user_acts_on_its_own_orders_but_may_not_ship_or_deliver() {
        UUID productId = SupplyFixtures.product(facilitator, 100);
        TestStructure structure = SupplyFixtures.structure();
        Caller siae = SupplyFixtures.siaeUserOf(structure);

        // alone in its organisation, the structure may be left out
        JsonPath created = SupplyFixtures.create(siae, SupplyFixtures.orderBody(null, productId, 6)).then().statusCode(201)
                .body("structureId", equalTo(structure.id().toString())).body("status", equalTo("DRAFT"))
                .extract().jsonPath();
        UUID orderId = UUID.fromString(created.getString("id"));
        UUID lineId = UUID.fromString(created.getString("lines[0].id"));
        siae.as().when().get(ORDERS + "/" + orderId).then().statusCode(200).body("lines[0].quantity", equalTo(6));
        SupplyFixtures.submit(siae, orderId);
        assertThat(SupplyFixtures.status(orderId)).isEqualTo("RESERVED");
        StockSnapshot submitted = SupplyFixtures.snapshot(productId);

        SupplyFixtures.ship(siae, orderId, lineId, 6).then().statusCode(403);
        post(siae, orderId, "deliver").then().statusCode(403);
        assertThat(SupplyFixtures.snapshot(productId)).isEqualTo(submitted);
        assertThat(SupplyFixtures.line(orderId).shipped()).isZero();

        // and it may cancel it: the reservation returns
        post(siae, orderId, "cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(SupplyFixtures.stock(productId).reserved()).isZero();
        SupplyFixtures.assertLedgerBalances(productId);
        // a facilitator sees it all the same
        facilitator.as().when().get(ORDERS + "/" + orderId).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void a_siae_user_with_several_structures_names_the_one_that_orders() {
        UUID productId = SupplyFixtures.product(facilitator, 100);
        TestStructure first = SupplyFixtures.structure();
        TestStructure second = SupplyFixtures.anotherStructureOf(first);
        Caller siae = SupplyFixtures.siaeUserOf(first);

        SupplyFixtures.create(siae, SupplyFixtures.orderBody(null, productId, 2)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("structureId")));
        assertThat(SupplyFixtures.count("SELECT count(*) FROM supply_order WHERE structure_id IN (?1, ?2)",
                first.id(), second.id())).isZero();

        UUID forSecond = UUID.fromString(SupplyFixtures.create(siae, SupplyFixtures.orderBody(second.id(), productId, 2))
                .then().statusCode(201).body("structureId", equalTo(second.id().toString())).extract().path("id"));
        SupplyFixtures.create(siae, SupplyFixtures.orderBody(first.id(), productId, 2)).then().statusCode(201)
                .body("structureId", equalTo(first.id().toString()));
        // both structures' orders are the organisation's
        siae.as().when().get(ORDERS + "/" + forSecond).then().statusCode(200);
        assertThat(SupplyFixtures.count("SELECT count(*) FROM supply_order WHERE structure_id = ?1", second.id()))
                .isEqualTo(1);
    }

    @Test
    void a_siae_users_list_holds_its_organisations_orders_only_a_facilitators_all() {
        UUID productId = SupplyFixtures.product(facilitator, 100);
        TestStructure mine = SupplyFixtures.structure();
        TestStructure other = SupplyFixtures.structure();
        Caller siae = SupplyFixtures.siaeUserOf(mine);
        UUID own = SupplyFixtures.draft(siae, null, productId, 1);
        UUID ownByFacilitator = SupplyFixtures.draft(facilitator, mine.id(), productId, 1);
        UUID someoneElses = SupplyFixtures.draft(facilitator, other.id(), productId, 1);

        List<String> listed = siae.as().queryParam("size", 100).when().get(ORDERS).then().statusCode(200)
                .body("totalItems", equalTo(2)).extract().path("items.id");
        assertThat(listed).containsExactlyInAnyOrder(own.toString(), ownByFacilitator.toString());
        // asking for the other structure's orders gives nothing either
        siae.as().queryParam("structureId", other.id().toString()).when().get(ORDERS).then().statusCode(200)
                .body("totalItems", equalTo(0));

        List<String> forOther = facilitator.as().queryParam("structureId", other.id().toString()).when().get(ORDERS)
                .then().statusCode(200).extract().path("items.id");
        assertThat(forOther).containsExactly(someoneElses.toString());
    }

    @Test
    void buyers_and_partners_have_no_business_with_orders() {
        UUID productId = SupplyFixtures.product(facilitator, 100);
        TestStructure structure = SupplyFixtures.structure();
        UUID orderId = SupplyFixtures.draft(facilitator, structure.id(), productId, 2);
        Map<String, Object> body = new HashMap<>(SupplyFixtures.orderBody(structure.id(), productId, 2));

        for (Caller outsider : List.of(SupplyFixtures.buyer(), SupplyFixtures.partner())) {
            outsider.as().when().get(ORDERS).then().statusCode(403);
            outsider.as().when().get(ORDERS + "/" + orderId).then().statusCode(403);
            SupplyFixtures.create(outsider, body).then().statusCode(403);
            post(outsider, orderId, "submit").then().statusCode(403);
            post(outsider, orderId, "cancel").then().statusCode(403);
            outsider.as().body(Map.of("dryRun", true)).when().post(SupplyFixtures.RUNS).then().statusCode(403);
        }
        assertThat(SupplyFixtures.status(orderId)).isEqualTo("DRAFT");
        assertThat(SupplyFixtures.count("SELECT count(*) FROM supply_order WHERE structure_id = ?1", structure.id()))
                .isEqualTo(1);
    }
}
