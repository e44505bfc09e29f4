package fr.relanceiae.shared.outbox;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * Where e-mails are put to be sent: in the transaction of the change that causes them
 * (required: {@code MANDATORY}), so that none goes out for a rolled-back change. The
 * {@link OutboxWorker} of some replica sends it within {@code relance.outbox.send-every}, and
 * retries it on failure. Sending is at least once: a replica stopped between the SMTP
 * server's answer and its commit sends the mail again.
 */
@ApplicationScoped
public class Outbox {

    static final int MAX_RECIPIENT_LENGTH = 320;
    static final int MAX_SUBJECT_LENGTH = 500;
    static final int MAX_DEDUP_KEY_LENGTH = 300;

    private final EntityManager entityManager;

    public Outbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Puts the mail in the outbox, due now; answers false (and adds nothing) when a mail with
     * its dedup key was already enqueued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(OutgoingMail mail) {
        return enqueueAll(List.of(mail)) == 1;
    }

    /**
     * Puts many mails in the outbox in one statement (an allocation run writes hundreds: one
     * insert each took a third of applying it); those whose dedup key was already enqueued are
     * left out. Answers how many were added.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueueAll(List<OutgoingMail> mails) {
        mails.forEach(Outbox::check);
        if (mails.isEmpty()) {
            return 0;
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox_mail (id, recipient, subject, text_body, html_body, dedup_key, status, attempts,
                                             next_attempt_at, created_at)
                    SELECT mail.*, 'PENDING', 0, now(), now()
                    FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS mail
                    ON CONFLICT (dedup_key) DO NOTHING""")) {
                insert.setArray(1, connection.createArrayOf("uuid", mails.stream().map(mail -> UUID.randomUUID()).toArray()));
                insert.setArray(2, connection.createArrayOf("text", mails.stream().map(mail -> mail.recipient().strip()).toArray()));
                insert.setArray(3, connection.createArrayOf("text", mails.stream().map(OutgoingMail::subject).toArray()));
                insert.setArray(4, connection.createArrayOf("text", mails.stream().map(OutgoingMail::text).toArray()));
                insert.setArray(5, connection.createArrayOf("text", mails.stream().map(OutgoingMail::html).toArray()));
                insert.setArray(6, connection.createArrayOf("text", mails.stream().map(OutgoingMail::dedupKey).toArray()));
                return insert.executeUpdate();
            }
        });
    }

    private static void check(OutgoingMail mail) {
        require(mail.recipient() != null && !mail.recipient().isBlank()
                && mail.recipient().strip().length() <= MAX_RECIPIENT_LENGTH, "a recipient");
        require(mail.subject() != null && !mail.subject().isBlank() && mail.subject().length() <= MAX_SUBJECT_LENGTH
                && mail.subject().chars().noneMatch(c -> c == '\r' || c == '\n'), "a one-line subject");
        require(mail.text() != null && !mail.text().isBlank(), "a text");
        require(mail.dedupKey() == null || (!mail.dedupKey().isBlank()
                && mail.dedupKey().length() <= MAX_DEDUP_KEY_LENGTH), "a dedup key of 1 to 300 characters, or none");
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("An outgoing mail needs " + what);
        }
    }
}
