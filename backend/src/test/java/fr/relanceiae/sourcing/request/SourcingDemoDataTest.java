package fr.relanceiae.sourcing.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.demo.SourcingRequestDemoData;
import fr.relanceiae.sourcing.contract.OngoingContract;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SourcingDemoDataTest {

    @Inject
    SourcingRequestDemoData demoData;

    @Test
    void the_demo_buyer_has_requests_in_every_status_and_channel_and_one_awaiting_its_outcome() {
        String buyer = TestAccounts.buyerToken();
        var page = given().auth().oauth2(buyer).queryParam("size", 100).when().get(SourcingFixtures.BASE).then()
                .statusCode(200).body("totalItems", greaterThanOrEqualTo(8)).extract().jsonPath();

        assertThat(page.getList("items.status", String.class)).contains("DRAFT", "SUBMITTED", "PUBLISHED", "CLOSED");
        assertThat(page.getList("items.channel", String.class)).contains("QUOTE", "NEGOTIATED", "SUBCONTRACTING");
        assertThat(page.getList("items.outcome", String.class)).contains("AWARDED", "UNSUCCESSFUL", "CANCELLED");
        List<Boolean> deadlinePassed = page.getList("items.findAll { it.status == 'PUBLISHED' }.deadlinePassed", Boolean.class);
        assertThat(deadlinePassed).contains(true, false);

        String facilitator = TestAccounts.demoToken(DemoAccounts.FACILITATOR);
        given().auth().oauth2(facilitator).queryParam("q", "encombrants").when().get("/api/v1/ongoing-contracts").then()
                .statusCode(200).body("totalItems", greaterThanOrEqualTo(1));
    }

    @Test
    void each_demo_request_was_created_before_its_first_step_and_its_steps_come_in_order() {
        List<String> disordered = QuarkusTransaction.requiringNew().call(() -> SourcingRequest.getEntityManager()
                // Other tests stamp their steps with now() before the insert stamps created_at:
                // a minute's margin keeps to the order a person reads.
                .createNativeQuery("select title from sourcing_request where"
                        + " created_at - interval '1 minute' > least(submitted_at, published_at, closed_at)"
                        + " or submitted_at - interval '1 minute' > published_at"
                        + " or published_at - interval '1 minute' > closed_at", String.class)
                .getResultList());
        long withHistory = QuarkusTransaction.requiringNew()
                .call(() -> SourcingRequest.count("submittedAt is not null or closedAt is not null"));

        assertThat(withHistory).isGreaterThanOrEqualTo(6);
        assertThat(disordered).isEmpty();
    }

    @Test
    void contributing_again_duplicates_nothing() {
        long requests = QuarkusTransaction.requiringNew().call(() -> SourcingRequest.count());
        long contracts = QuarkusTransaction.requiringNew().call(() -> OngoingContract.count());

        QuarkusTransaction.requiringNew().run(demoData::contribute);

        assertThat(QuarkusTransaction.requiringNew().call(() -> SourcingRequest.count())).isEqualTo(requests);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OngoingContract.count())).isEqualTo(contracts);
    }
}
