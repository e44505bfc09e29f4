package fr.relanceiae.sourcing.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * After the response deadline of a published request, its buyer is reminded once to
 * record the outcome. The requests due are taken with {@code FOR UPDATE SKIP LOCKED} and
 * marked ({@code outcome_reminder_at}) in the transaction that hands the mail over, so
 * several replicas never remind twice. Extending the deadline clears the mark.
 */
@ApplicationScoped
public class OutcomeReminderJob {

    /** Requests reminded per run; the next run takes the rest. */
    static final int BATCH = 100;

    private final EntityManager entityManager;
    private final OutcomeReminderMail mail;

    public OutcomeReminderJob(EntityManager entityManager, OutcomeReminderMail mail) {
        this.entityManager = entityManager;
        this.mail = mail;
    }

    @Scheduled(every = "15m", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        remindDue(SourcingRequestRules.today(), Instant.now());
    }

    /** Reminds the buyers of the published requests whose deadline is before {@code today}; returns them. */
    @Transactional
    public List<UUID> remindDue(LocalDate today, Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("select id from sourcing_request where status = 'PUBLISHED' "
                + "and response_deadline < :today and outcome_reminder_at is null "
                + "order by response_deadline, id limit " + BATCH + " for update skip locked", UUID.class)
                .setParameter("today", today).getResultList();
        if (due.isEmpty()) {
            return due;
        }
        for (UUID id : due) {
            mail.remind(SourcingRequest.findById(id));
        }
        // Not through the entity: a reminder is no edit, the request's version (its ETag) stays.
        entityManager.createNativeQuery("update sourcing_request set outcome_reminder_at = :now where id in (:ids)")
                .setParameter("now", now).setParameter("ids", due).executeUpdate();
        return due;
    }
}
