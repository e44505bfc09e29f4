package fr.relanceiae.sourcing.request;

import static fr.relanceiae.sourcing.request.SourcingFixtures.BASE;
import static fr.relanceiae.sourcing.request.SourcingFixtures.PROBLEMS;
import static fr.relanceiae.sourcing.request.SourcingFixtures.buyer;
import static fr.relanceiae.sourcing.request.SourcingFixtures.facilitator;
import static fr.relanceiae.sourcing.request.SourcingFixtures.inStatus;
import static fr.relanceiae.sourcing.request.SourcingFixtures.statusInDatabase;
import static fr.relanceiae.sourcing.request.SourcingFixtures.stored;
import static fr.relanceiae.sourcing.request.SourcingFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.relanceiae.sourcing.SourcingOutcome;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every transition from every status: the legal ones answer 200 and move the request, the others 409 and leave it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SourcingLifecycleTest {

    enum Action {
        SUBMIT, RETURN, PUBLISH, CANCEL, AWARD, UNSUCCESSFUL, EXTEND_DEADLINE
    }

    @Inject
    RecordedSourcingEvents events;

    static Stream<Arguments> transitions() {
        List<Arguments> cases = new ArrayList<>();
        // from status, action, expected HTTP status, status afterwards
        cases.add(Arguments.of("DRAFT", Action.SUBMIT, 200, "SUBMITTED"));
        cases.add(Arguments.of("DRAFT", Action.RETURN, 409, "DRAFT"));
        cases.add(Arguments.of("DRAFT", Action.PUBLISH, 409, "DRAFT"));
        cases.add(Arguments.of("DRAFT", Action.CANCEL, 200, "CLOSED"));
        cases.add(Arguments.of("DRAFT", Action.AWARD, 409, "DRAFT"));
        cases.add(Arguments.of("DRAFT", Action.UNSUCCESSFUL, 409, "DRAFT"));
        cases.add(Arguments.of("DRAFT", Action.EXTEND_DEADLINE, 409, "DRAFT"));
        cases.add(Arguments.of("SUBMITTED", Action.SUBMIT, 409, "SUBMITTED"));
        cases.add(Arguments.of("SUBMITTED", Action.RETURN, 200, "DRAFT"));
        cases.add(Arguments.of("SUBMITTED", Action.PUBLISH, 200, "PUBLISHED"));
        cases.add(Arguments.of("SUBMITTED", Action.CANCEL, 200, "CLOSED"));
        cases.add(Arguments.of("SUBMITTED", Action.AWARD, 409, "SUBMITTED"));
        cases.add(Arguments.of("SUBMITTED", Action.UNSUCCESSFUL, 409, "SUBMITTED"));
        cases.add(Arguments.of("SUBMITTED", Action.EXTEND_DEADLINE, 409, "SUBMITTED"));
        cases.add(Arguments.of("PUBLISHED", Action.SUBMIT, 409, "PUBLISHED"));
        cases.add(Arguments.of("PUBLISHED", Action.RETURN, 409, "PUBLISHED"));
        cases.add(Arguments.of("PUBLISHED", Action.PUBLISH, 409, "PUBLISHED"));
        cases.add(Arguments.of("PUBLISHED", Action.CANCEL, 200, "CLOSED"));
        cases.add(Arguments.of("PUBLISHED", Action.AWARD, 200, "CLOSED"));
        cases.add(Arguments.of("PUBLISHED", Action.UNSUCCESSFUL, 200, "CLOSED"));
        cases.add(Arguments.of("PUBLISHED", Action.EXTEND_DEADLINE, 200, "PUBLISHED"));
        for (Action action : Action.values()) {
            cases.add(Arguments.of("CLOSED", action, 409, "CLOSED"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} + {1} → {2}, then {3}")
    @MethodSource("transitions")
    void each_transition_is_allowed_only_from_its_statuses(String from, Action action, int expected, String after) {
        Caller buyer = buyer();
        Caller facilitator = facilitator();
        UUID structure = SourcingFixtures.structure();
        UUID id = inStatus(buyer, facilitator, from);
        SourcingRequest before = stored(id);

        ValidatableResponse response = perform(action, id, buyer, facilitator, structure).statusCode(expected);

        if (expected == 200) {
            response.body("status", equalTo(after)).header("ETag", notNullValue());
        } else {
            response.contentType("application/problem+json").body("type", equalTo(PROBLEMS + "conflict"))
                    .body("detail", containsString(frenchStatus(from)));
        }
        SourcingRequest now = stored(id);
        assertThat(now.status.name()).isEqualTo(after);
        if (expected != 200) {
            assertThat(now.version).isEqualTo(before.version);
        } else if (after.equals("CLOSED")) {
            assertThat(now.closedAt).isNotNull();
            assertThat(now.outcome).isEqualTo(switch (action) {
                case AWARD -> SourcingOutcome.AWARDED;
                case UNSUCCESSFUL -> SourcingOutcome.UNSUCCESSFUL;
                default -> SourcingOutcome.CANCELLED;
            });
            assertThat(now.awards).hasSize(action == Action.AWARD ? 1 : 0);
            assertThat(events.of(id)).contains(new SourcingRequestEvent.Closed(id));
        }
    }

    private static ValidatableResponse perform(Action action, UUID id, Caller buyer, Caller facilitator, UUID structure) {
        String path = BASE + "/" + id;
        return switch (action) {
            case SUBMIT -> buyer.as().when().post(path + "/submit").then();
            case RETURN -> facilitator.as().body(Map.of("reason", "Précisez les horaires.")).when().post(path + "/return").then();
            case PUBLISH -> facilitator.as().when().post(path + "/publish").then();
            case CANCEL -> buyer.as().body(Map.of("outcome", "CANCELLED")).when().post(path + "/close").then();
            case AWARD -> buyer.as().body(Map.of("outcome", "AWARDED", "awards",
                    List.of(Map.of("structureId", structure.toString(), "amount", 15000)))).when().post(path + "/close").then();
            case UNSUCCESSFUL -> buyer.as().body(Map.of("outcome", "UNSUCCESSFUL")).when().post(path + "/close").then();
            case EXTEND_DEADLINE -> buyer.as().body(Map.of("responseDeadline", today().plusDays(30).toString()))
                    .when().post(path + "/deadline").then();
        };
    }

    private static String frenchStatus(String status) {
        return switch (status) {
            case "DRAFT" -> "brouillon";
            case "SUBMITTED" -> "soumise";
            case "PUBLISHED" -> "publiée";
            default -> "clôturée";
        };
    }

    @Test
    void publishing_fires_the_published_event_and_stamps_the_dates() {
        Caller buyer = buyer();
        UUID id = inStatus(buyer, facilitator(), "PUBLISHED");

        buyer.as().when().get(BASE + "/" + id).then().statusCode(200)
                .body("submittedAt", notNullValue()).body("publishedAt", notNullValue());
        assertThat(events.of(id)).containsExactly(new SourcingRequestEvent.Published(id));
        assertThat(stored(id).publishedAt).isNotNull();
    }

    @Test
    void a_returned_request_carries_the_reason_and_can_be_submitted_again() {
        Caller buyer = buyer();
        Caller facilitator = facilitator();
        UUID id = inStatus(buyer, facilitator, "SUBMITTED");

        facilitator.as().body(Map.of("reason", "   ")).when().post(BASE + "/" + id + "/return").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        assertThat(statusInDatabase(id)).isEqualTo("SUBMITTED");
        facilitator.as().body(Map.of("reason", "Indiquez la surface exacte.")).when().post(BASE + "/" + id + "/return")
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("returnReason", equalTo("Indiquez la surface exacte."));
        assertThat(stored(id).returnReason).isEqualTo("Indiquez la surface exacte.");
        buyer.as().when().post(BASE + "/" + id + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void an_award_needs_existing_structures_and_amounts() {
        Caller buyer = buyer();
        UUID id = inStatus(buyer, facilitator(), "PUBLISHED");
        String close = BASE + "/" + id + "/close";

        buyer.as().body(Map.of("outcome", "AWARDED")).when().post(close).then().statusCode(400)
                .body("errors.field", hasItem("awards"));
        buyer.as().body(Map.of("outcome", "AWARDED", "awards", List.of(Map.of("structureId", UUID.randomUUID().toString(),
                "amount", 100)))).when().post(close).then().statusCode(400)
                .body("errors[0].field", equalTo("awards[0].structureId"));
        buyer.as().body(Map.of("outcome", "AWARDED", "awards", List.of(Map.of("structureId",
                SourcingFixtures.structure().toString(), "amount", -5)))).when().post(close).then().statusCode(400)
                .body("errors.field", hasItem(containsString("amount")));
        buyer.as().body(Map.of("outcome", "DONE")).when().post(close).then().statusCode(400);
        assertThat(statusInDatabase(id)).isEqualTo("PUBLISHED");

        UUID first = SourcingFixtures.structure();
        UUID second = SourcingFixtures.structure();
        buyer.as().body(Map.of("outcome", "AWARDED", "awards", List.of(Map.of("structureId", first.toString(), "amount", 12000.5),
                Map.of("structureId", second.toString(), "amount", 0)))).when().post(close).then().statusCode(200)
                .body("outcome", equalTo("AWARDED")).body("awards.size()", equalTo(2))
                .body("awards[0].structureName", containsString("Structure sourcing"));
        SourcingRequest closed = stored(id);
        assertThat(closed.awards).extracting(award -> award.structureId).containsExactlyInAnyOrder(first, second);
        assertThat(closed.awards).extracting(award -> award.amount.stripTrailingZeros())
                .containsExactlyInAnyOrder(new BigDecimal("12000.5"), BigDecimal.ZERO);
    }

    @Test
    void only_the_buyer_organisation_or_the_authors_submit() {
        Caller buyer = buyer();
        Caller facilitator = facilitator();
        UUID byBuyer = SourcingFixtures.create(buyer, SourcingFixtures.complete("Par l'acheteur"));
        facilitator.as().when().post(BASE + "/" + byBuyer + "/submit").then().statusCode(403);
        buyer().as().when().post(BASE + "/" + byBuyer + "/submit").then().statusCode(404);
        assertThat(statusInDatabase(byBuyer)).isEqualTo("DRAFT");

        Map<String, Object> body = SourcingFixtures.complete("Par l'animateur");
        body.put("buyerOrganisationId", buyer.organisationId().toString());
        UUID byFacilitator = SourcingFixtures.create(facilitator, body);
        facilitator().as().when().post(BASE + "/" + byFacilitator + "/submit").then().statusCode(403);
        facilitator.as().when().post(BASE + "/" + byFacilitator + "/submit").then().statusCode(200);
        assertThat(statusInDatabase(byFacilitator)).isEqualTo("SUBMITTED");
    }

    @Test
    void submitting_an_incomplete_draft_lists_every_missing_field() {
        Caller buyer = buyer();
        UUID id = SourcingFixtures.create(buyer, Map.of("title", "Brouillon à compléter", "channel", "QUOTE"));

        buyer.as().when().post(BASE + "/" + id + "/submit").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", containsInAnyOrder("description", "sectors", "departments",
                        "responseDeadline"));
        assertThat(statusInDatabase(id)).isEqualTo("DRAFT");
    }

    @Test
    void the_deadline_moves_only_later_and_not_into_the_past() {
        Caller buyer = buyer();
        UUID id = inStatus(buyer, facilitator(), "PUBLISHED");
        String deadline = BASE + "/" + id + "/deadline";
        String current = today().plusDays(14).toString();

        buyer.as().body(Map.of("responseDeadline", current)).when().post(deadline).then().statusCode(400)
                .body("errors[0].field", equalTo("responseDeadline"));
        buyer.as().body(Map.of("responseDeadline", today().plusDays(3).toString())).when().post(deadline).then()
                .statusCode(400);
        buyer.as().body(Map.of()).when().post(deadline).then().statusCode(400);
        buyer().as().body(Map.of("responseDeadline", today().plusDays(20).toString())).when().post(deadline).then()
                .statusCode(404);
        assertThat(stored(id).responseDeadline.toString()).isEqualTo(current);

        QuarkusTransaction.requiringNew().run(() -> SourcingRequest.getEntityManager()
                .createNativeQuery("update sourcing_request set outcome_reminder_at = now() where id = :id")
                .setParameter("id", id).executeUpdate());
        facilitator().as().body(Map.of("responseDeadline", today().plusDays(20).toString())).when().post(deadline).then()
                .statusCode(200).body("responseDeadline", equalTo(today().plusDays(20).toString()));
        SourcingRequest extended = stored(id);
        assertThat(extended.responseDeadline).isEqualTo(today().plusDays(20));
        assertThat(extended.outcomeReminderAt).as("reminded again after the new deadline").isNull();
        assertThat(events.of(id)).contains(new SourcingRequestEvent.DeadlineExtended(id, today().plusDays(14),
                today().plusDays(20)));
    }

    @Test
    void a_request_past_its_deadline_cannot_be_published() {
        Caller buyer = buyer();
        Caller facilitator = facilitator();
        UUID id = inStatus(buyer, facilitator, "SUBMITTED");
        QuarkusTransaction.requiringNew().run(() -> SourcingRequest.getEntityManager()
                .createNativeQuery("update sourcing_request set response_deadline = :day where id = :id")
                .setParameter("day", today().minusDays(1)).setParameter("id", id).executeUpdate());

        facilitator.as().when().post(BASE + "/" + id + "/publish").then().statusCode(409)
                .body("errors[0].field", equalTo("responseDeadline"));
        assertThat(statusInDatabase(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void of_two_concurrent_transitions_only_one_wins() throws Exception {
        Caller buyer = buyer();
        Caller facilitator = facilitator();
        UUID id = inStatus(buyer, facilitator, "SUBMITTED");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> publish = pool.submit(() -> {
                start.await();
                return facilitator.as().when().post(BASE + "/" + id + "/publish").then().extract().statusCode();
            });
            // Each is legal from SUBMITTED and illegal after the other: both must not win.
            Future<Integer> sendBack = pool.submit(() -> {
                start.await();
                return facilitator.as().body(Map.of("reason", "À revoir")).when().post(BASE + "/" + id + "/return").then()
                        .extract().statusCode();
            });
            start.countDown();
            List<Integer> statuses = List.of(publish.get(), sendBack.get());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(statusInDatabase(id)).isEqualTo(statuses.get(0) == 200 ? "PUBLISHED" : "DRAFT");
        } finally {
            pool.shutdownNow();
        }
    }
}
