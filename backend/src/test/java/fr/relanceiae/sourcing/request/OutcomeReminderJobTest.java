package fr.relanceiae.sourcing.request;

import static fr.relanceiae.sourcing.request.SourcingFixtures.stored;
import static fr.relanceiae.sourcing.request.SourcingFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Deadlines are set in the future of the real day and the job is run as if on a later day,
 * so that its scheduled runs (on the real day) never take these requests.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class OutcomeReminderJobTest {

    @Inject
    OutcomeReminderJob job;

    @Test
    void a_published_request_past_its_deadline_is_reminded_once() {
        Caller buyer = SourcingFixtures.buyer();
        Caller facilitator = SourcingFixtures.facilitator();
        LocalDate later = today().plusYears(5);
        UUID due = published(buyer, facilitator, later.minusDays(1));
        UUID dueToday = published(buyer, facilitator, later);
        UUID submitted = SourcingFixtures.inStatus(buyer, facilitator, "SUBMITTED");
        setDeadline(submitted, later.minusDays(2));
        UUID closed = published(buyer, facilitator, later.minusDays(3));
        buyer.as().body(Map.of("outcome", "UNSUCCESSFUL")).when().post(SourcingFixtures.BASE + "/" + closed + "/close")
                .then().statusCode(200);
        long versionBefore = stored(due).version;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        List<UUID> reminded = drain(later, now);

        assertThat(reminded).contains(due).doesNotContain(dueToday, submitted, closed);
        SourcingRequest request = stored(due);
        assertThat(request.outcomeReminderAt).isEqualTo(now);
        assertThat(request.version).as("a reminder is not an edit").isEqualTo(versionBefore);
        assertThat(stored(dueToday).outcomeReminderAt).isNull();
        assertThat(drain(later, now.plusSeconds(60))).doesNotContain(due);
        assertThat(drain(later.plusDays(1), now.plusSeconds(60))).contains(dueToday).doesNotContain(due);
    }

    /** Runs the job until nothing is left (other tests' requests come first, a batch at a time). */
    private List<UUID> drain(LocalDate day, Instant now) {
        List<UUID> all = new ArrayList<>();
        for (List<UUID> batch = job.remindDue(day, now); !batch.isEmpty(); batch = job.remindDue(day, now)) {
            all.addAll(batch);
        }
        return all;
    }

    private static UUID published(Caller buyer, Caller facilitator, LocalDate deadline) {
        UUID id = SourcingFixtures.inStatus(buyer, facilitator, "PUBLISHED");
        setDeadline(id, deadline);
        return id;
    }

    private static void setDeadline(UUID id, LocalDate deadline) {
        QuarkusTransaction.requiringNew().run(() -> SourcingRequest.getEntityManager()
                .createNativeQuery("update sourcing_request set response_deadline = :day where id = :id")
                .setParameter("day", deadline).setParameter("id", id).executeUpdate());
    }
}
