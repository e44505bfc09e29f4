package fr.relanceiae.supply.order;

import static fr.relanceiae.supply.SupplyFixtures.mailSubjects;
import static fr.relanceiae.supply.SupplyFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The supply e-mails, read in the outbox in the transaction of the change that caused them: the
 * structure on submission (reserved, partly, waiting), allocation and shipment; the facilitators
 * when stock arrives that orders wait for.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SupplyMailsTest {

    private final Caller facilitator = SupplyFixtures.facilitator();

    @Test
    void the_structure_is_told_on_submission_whether_its_order_is_reserved_partly_or_waiting() {
        TestStructure structure = SupplyFixtures.structure();
        UUID productId = SupplyFixtures.product(facilitator, 15);

        UUID reserved = UUID.fromString(SupplyFixtures.submitted(facilitator, structure.id(), productId, 10).getString("id"));
        UUID partly = UUID.fromString(SupplyFixtures.submitted(facilitator, structure.id(), productId, 10).getString("id"));
        UUID waiting = UUID.fromString(SupplyFixtures.submitted(facilitator, structure.id(), productId, 10).getString("id"));

        assertThat(mailSubjects(structure.email())).containsExactlyInAnyOrder(
                "Commande " + reference(reserved) + " réservée",
                "Commande " + reference(partly) + " réservée en partie",
                "Commande " + reference(waiting) + " en attente de stock");
    }

    @Test
    void the_organisations_users_are_told_rather_than_the_structures_contact() {
        TestStructure structure = SupplyFixtures.structure();
        Caller siae = SupplyFixtures.siaeUserOf(structure);
        UUID productId = SupplyFixtures.product(facilitator, 15);

        UUID orderId = UUID.fromString(SupplyFixtures.submitted(siae, null, productId, 2).getString("id"));

        assertThat(mailSubjects(SupplyFixtures.emailOf(siae.userId())))
                .containsExactly("Commande " + reference(orderId) + " réservée");
        assertThat(mailSubjects(structure.email())).isEmpty();
    }

    @Test
    void a_draft_tells_nobody() {
        TestStructure structure = SupplyFixtures.structure();
        UUID productId = SupplyFixtures.product(facilitator, 15);

        SupplyFixtures.draft(facilitator, structure.id(), productId, 2);

        assertThat(mailSubjects(structure.email())).isEmpty();
    }

    @Test
    void stock_received_for_waiting_orders_tells_the_facilitators_and_an_allocation_tells_the_structure() {
        TestStructure structure = SupplyFixtures.structure();
        UUID productId = SupplyFixtures.product(facilitator, 0);
        String productName = facilitator.as().when().get(SupplyFixtures.PRODUCTS + "/" + productId).then()
                .extract().path("name");
        String facilitatorEmail = SupplyFixtures.emailOf(facilitator.userId());
        String notice = "Stock reçu pour des commandes en attente : " + productName;

        // stock for a product nobody waits for: no notice
        UUID other = SupplyFixtures.product(facilitator, 5);
        assertThat(mailSubjects(facilitatorEmail)).doesNotContain("Stock reçu pour des commandes en attente : "
                + facilitator.as().when().get(SupplyFixtures.PRODUCTS + "/" + other).then().extract().path("name"));

        UUID orderId = UUID.fromString(SupplyFixtures.submitted(facilitator, structure.id(), productId, 10).getString("id"));
        SupplyFixtures.receive(facilitator, productId, 4);

        assertThat(mailSubjects(facilitatorEmail)).containsOnlyOnce(notice);
        assertThat(SupplyFixtures.count("SELECT count(*) FROM outbox_mail WHERE subject = ?1 AND text_body LIKE ?2",
                notice, "%4 unité(s)%10 unité(s)%")).as("one per facilitator, saying how many came and wait")
                .isPositive();

        facilitator.as().body(Map.of("dryRun", false, "productIds", List.of(productId.toString())))
                .when().post(SupplyFixtures.RUNS).then().statusCode(201);

        assertThat(mailSubjects(structure.email())).containsExactly(
                "Commande " + reference(orderId) + " en attente de stock",
                "Commande " + reference(orderId) + " : du stock vous est attribué");
    }

    @Test
    void a_run_tells_a_structure_once_for_all_its_orders_it_served() {
        TestStructure structure = SupplyFixtures.structure();
        UUID productId = SupplyFixtures.product(facilitator, 0);
        SupplyFixtures.submitted(facilitator, structure.id(), productId, 3);
        SupplyFixtures.submitted(facilitator, structure.id(), productId, 3);
        SupplyFixtures.receive(facilitator, productId, 6);

        facilitator.as().body(Map.of("dryRun", false, "productIds", List.of(productId.toString())))
                .when().post(SupplyFixtures.RUNS).then().statusCode(201);

        assertThat(mailSubjects(structure.email())).filteredOn(subject -> subject.contains("attribué"))
                .containsExactly("2 commandes : du stock vous est attribué");
    }

    @Test
    void the_structure_is_told_of_each_parcel() {
        TestStructure structure = SupplyFixtures.structure();
        UUID productId = SupplyFixtures.product(facilitator, 20);
        JsonPath order = SupplyFixtures.submitted(facilitator, structure.id(), productId, 10);
        UUID orderId = UUID.fromString(order.getString("id"));
        UUID lineId = UUID.fromString(order.getString("lines[0].id"));

        SupplyFixtures.ship(facilitator, orderId, lineId, 4).then().statusCode(200);
        SupplyFixtures.ship(facilitator, orderId, lineId, 6).then().statusCode(200);

        String shipped = "Commande " + reference(orderId) + " expédiée";
        assertThat(mailSubjects(structure.email())).containsExactly(
                "Commande " + reference(orderId) + " réservée", shipped, shipped);
        assertThat(SupplyFixtures.count("SELECT count(*) FROM outbox_mail WHERE recipient = ?1 AND subject = ?2 "
                + "AND text_body LIKE '%entièrement expédiée%'", structure.email(), shipped)).isEqualTo(1);
        assertThat(SupplyFixtures.count("SELECT count(*) FROM outbox_mail WHERE recipient = ?1 AND subject = ?2 "
                + "AND text_body LIKE '%suivra dans un autre envoi%'", structure.email(), shipped)).isEqualTo(1);
    }
}
