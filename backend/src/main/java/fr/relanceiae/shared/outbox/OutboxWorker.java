package fr.relanceiae.shared.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the outbox's due mails, on every replica: each batch is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so two replicas never take the same mail, and sent and
 * marked in the same transaction, so a replica that stops leaves its batch to the others.
 * A failed mail is retried after {@link #backoff}; after {@code relance.outbox.max-attempts}
 * it is FAILED, with the last error.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    /** The waits after the 1st, 2nd… failure; the last one repeats. */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6));
    /** Batches of one run at most, so that a run ends even while mails keep coming. */
    private static final int MAX_BATCHES_PER_RUN = 100;
    /** A batch holds its transaction while it talks to the SMTP server. */
    private static final int BATCH_TIMEOUT_SECONDS = 300;
    private static final int MAX_ERROR_LENGTH = 2000;

    private final EntityManager entityManager;
    private final MailSender sender;
    private final OutboxConfig config;

    public OutboxWorker(EntityManager entityManager, MailSender sender, OutboxConfig config) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.config = config;
    }

    @Scheduled(every = "${relance.outbox.send-every:30s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendOnSchedule() {
        sendDue();
    }

    @Scheduled(every = "6h", delayed = "11m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purgeOld();
    }

    /** Sends the mails due now that no other replica is sending, batch after batch; answers how many were sent. */
    public int sendDue() {
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            Batch done = QuarkusTransaction.requiringNew().timeout(BATCH_TIMEOUT_SECONDS).call(this::sendBatch);
            sent += done.sent();
            if (done.claimed() < config.batchSize()) {
                break;
            }
        }
        return sent;
    }

    /** Deletes the sent and failed mails older than the retention; answers how many. */
    public int purgeOld() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "delete from outbox_mail where status <> 'PENDING' and created_at < now() - make_interval(secs => :age)")
                .setParameter("age", (double) config.retention().toSeconds()).executeUpdate());
    }

    /** The wait before the next attempt of a mail that failed {@code failures} times. */
    static Duration backoff(int failures) {
        return BACKOFF.get(Math.min(Math.max(failures, 1), BACKOFF.size()) - 1);
    }

    private record Batch(int claimed, int sent) {
    }

    private Batch sendBatch() {
        List<?> ids = entityManager.createNativeQuery("select id from outbox_mail"
                + " where status = 'PENDING' and next_attempt_at <= now()"
                + " order by next_attempt_at limit :size for update skip locked")
                .setParameter("size", config.batchSize()).getResultList();
        int sent = 0;
        for (Object id : ids) {
            OutboxMail mail = OutboxMail.findById((UUID) id);
            mail.attempts++;
            try {
                sender.send(mail.recipient, mail.subject, mail.textBody, mail.htmlBody);
                mail.status = OutboxStatus.SENT;
                mail.sentAt = Instant.now();
                sent++;
            } catch (RuntimeException e) {
                mail.lastError = describe(e);
                if (mail.attempts >= config.maxAttempts()) {
                    mail.status = OutboxStatus.FAILED;
                    LOG.errorf("Mail %s FAILED after %d attempts: %s", mail.id, mail.attempts,
                            mail.lastError);
                } else {
                    mail.nextAttemptAt = Instant.now().plus(backoff(mail.attempts));
                    LOG.warnf("Mail %s: attempt %d failed, next at %s: %s", mail.id, mail.attempts,
                            mail.nextAttemptAt, mail.lastError);
                }
            }
        }
        return new Batch(ids.size(), sent);
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null && text.length() < MAX_ERROR_LENGTH; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
    }
}
