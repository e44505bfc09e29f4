package fr.relanceiae.shared.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** E-mails through the outbox: written with their change, sent once by the worker, retried, deduplicated. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class OutboxTest {

    private static final String SUBJECT = "Nouvelle demande de devis";

    @Inject
    Outbox outbox;

    @Inject
    OutboxWorker worker;

    @Inject
    OutboxConfig config;

    @Inject
    ControllableMailSender sender;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager entityManager;

    private final String address = "outbox-" + UUID.randomUUID() + "@test.relance-iae.fr";

    @AfterEach
    void resetTheSender() {
        sender.reset();
    }

    /**
     * The other tests leave their mails pending (the scheduler is off in tests), sometimes more than
     * one run of the worker takes: sent first, so that each run here reaches this test's mails.
     */
    @BeforeEach
    void sendWhatOtherTestsLeft() {
        sender.reset();
        while (worker.sendDue() > 0) {
            // another batch
        }
    }

    @Test
    void a_mail_enqueued_with_its_change_is_sent_once_with_both_versions() {
        MailLayout layout = MailLayout.greeting("Inès").paragraph("Une demande vous attend.")
                .action("Voir la demande", "https://relance-iae.fr/demandes/1");
        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(
                OutgoingMail.to(address).subject(SUBJECT).body(layout)))).isTrue();
        assertThat(mailsTo(address)).isEmpty();
        assertThat(row(address).status).isEqualTo(OutboxStatus.PENDING);

        assertThat(worker.sendDue()).isGreaterThanOrEqualTo(1);
        worker.sendDue();

        assertThat(mailsTo(address)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo(SUBJECT);
            assertThat(mail.getText()).isEqualTo(layout.text());
            assertThat(mail.getHtml()).isEqualTo(layout.html());
        });
        OutboxMail sent = row(address);
        assertThat(sent.status).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts).isEqualTo(1);
        assertThat(sent.sentAt).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void a_rolled_back_change_enqueues_nothing_and_enqueuing_needs_a_transaction() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(OutgoingMail.to(address).subject(SUBJECT).text("Bonjour"));
            throw new IllegalStateException("the change fails");
        })).hasStackTraceContaining("the change fails");
        assertThatThrownBy(() -> outbox.enqueue(OutgoingMail.to(address).subject(SUBJECT).text("Bonjour")))
                .isInstanceOf(TransactionalException.class);

        worker.sendDue();

        assertThat(rows(address)).isEmpty();
        assertThat(mailsTo(address)).isEmpty();
    }

    @Test
    void a_dedup_key_enqueues_one_mail_only() {
        String key = "rappel:" + UUID.randomUUID();
        assertThat(enqueue(OutgoingMail.to(address).subject(SUBJECT).text("Premier").dedupKey(key))).isTrue();
        assertThat(enqueue(OutgoingMail.to(address).subject(SUBJECT).text("Second").dedupKey(key))).isFalse();
        worker.sendDue();
        assertThat(enqueue(OutgoingMail.to(address).subject(SUBJECT).text("Troisième").dedupKey(key))).isFalse();
        assertThat(enqueue(OutgoingMail.to(address).subject(SUBJECT).text("Sans clé"))).isTrue();
        worker.sendDue();

        assertThat(mailsTo(address)).extracting(Mail::getText).containsExactlyInAnyOrder("Premier", "Sans clé");
        assertThat(rows(address)).hasSize(2).allSatisfy(mail -> assertThat(mail.status).isEqualTo(OutboxStatus.SENT));
    }

    @Test
    void many_mails_enqueued_in_one_statement_skip_the_dedup_keys_already_there_and_are_each_sent() {
        String key = "rappel:" + UUID.randomUUID();
        String other = "autre-" + UUID.randomUUID() + "@example.fr";
        assertThat(enqueue(OutgoingMail.to(address).subject(SUBJECT).text("Déjà là").dedupKey(key))).isTrue();
        MailLayout layout = MailLayout.greeting(null).paragraph("Du stock vous est attribué.");

        int added = QuarkusTransaction.requiringNew().call(() -> outbox.enqueueAll(List.of(
                OutgoingMail.to(address).subject(SUBJECT).text("Doublon").dedupKey(key),
                OutgoingMail.to(" " + address + " ").subject(SUBJECT).body(layout),
                OutgoingMail.to(other).subject("Autre sujet").text("Sans HTML"))));
        worker.sendDue();
        worker.sendDue();

        assertThat(added).isEqualTo(2);
        assertThat(mailsTo(address)).extracting(Mail::getText).containsExactlyInAnyOrder("Déjà là", layout.text());
        assertThat(mailsTo(address)).filteredOn(mail -> mail.getText().equals(layout.text())).singleElement()
                .satisfies(mail -> assertThat(mail.getHtml()).isEqualTo(layout.html()));
        assertThat(mailsTo(other)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Autre sujet");
            assertThat(mail.getHtml()).isNull();
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.enqueueAll(List.of()))).isZero();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.enqueueAll(List.of(
                OutgoingMail.to(other).subject(SUBJECT).text("Valide"), OutgoingMail.to(" ").subject(SUBJECT).text("x")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rows(other)).hasSize(1); // the valid mail of the refused batch was not written either
    }

    @Test
    void a_failed_sending_is_retried_after_a_growing_wait_then_sent() {
        sender.failFor(address, 2);
        enqueue(OutgoingMail.to(address).subject(SUBJECT).text("Bonjour"));

        worker.sendDue();
        OutboxMail first = row(address);
        assertThat(first.status).isEqualTo(OutboxStatus.PENDING);
        assertThat(first.attempts).isEqualTo(1);
        assertThat(first.lastError).contains(ControllableMailSender.FAILURE);
        assertThat(first.nextAttemptAt).isCloseTo(Instant.now().plus(Duration.ofMinutes(1)), within(20, ChronoUnit.SECONDS));
        worker.sendDue();
        assertThat(row(address).attempts).as("not due yet").isEqualTo(1);

        makeDue(address);
        worker.sendDue();
        OutboxMail second = row(address);
        assertThat(second.attempts).isEqualTo(2);
        assertThat(second.nextAttemptAt).isCloseTo(Instant.now().plus(Duration.ofMinutes(5)), within(20, ChronoUnit.SECONDS));
        assertThat(mailsTo(address)).isEmpty();

        makeDue(address);
        worker.sendDue();
        OutboxMail sent = row(address);
        assertThat(sent.status).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts).isEqualTo(3);
        assertThat(mailsTo(address)).hasSize(1);
    }

    @Test
    void a_mail_that_fails_every_attempt_ends_failed_with_the_last_error() {
        sender.failFor(address, 1000);
        enqueue(OutgoingMail.to(address).subject(SUBJECT).text("Bonjour"));

        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            makeDue(address);
            worker.sendDue();
            assertThat(row(address).attempts).isEqualTo(attempt);
        }
        makeDue(address);
        worker.sendDue();

        OutboxMail failed = row(address);
        assertThat(failed.status).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts).isEqualTo(config.maxAttempts());
        assertThat(failed.lastError).contains(ControllableMailSender.FAILURE);
        assertThat(failed.sentAt).isNull();
        assertThat(mailsTo(address)).isEmpty();
    }

    @Test
    void two_workers_at_once_send_each_mail_exactly_once() throws Exception {
        int count = 40;
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add(i + "-" + address);
        }
        QuarkusTransaction.requiringNew().run(() -> addresses.forEach(
                to -> outbox.enqueue(OutgoingMail.to(to).subject(SUBJECT).text("Bonjour"))));
        sender.slowDown(25);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<CompletableFuture<Integer>> workers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            workers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return worker.sendDue();
            }, threads));
        }
        start.countDown();
        int first = workers.get(0).get(60, TimeUnit.SECONDS);
        int second = workers.get(1).get(60, TimeUnit.SECONDS);
        threads.shutdown();

        assertThat(first).as("first worker").isPositive();
        assertThat(second).as("second worker").isPositive();
        assertThat(first + second).isGreaterThanOrEqualTo(count);
        for (String to : addresses) {
            assertThat(mailsTo(to)).as(to).hasSize(1);
            assertThat(row(to).status).isEqualTo(OutboxStatus.SENT);
            assertThat(row(to).attempts).isEqualTo(1);
        }
    }

    @Test
    void sent_and_failed_mails_are_deleted_after_the_retention_pending_ones_never() {
        String old = "old-" + address;
        String recent = "recent-" + address;
        String waiting = "waiting-" + address;
        for (String to : List.of(old, recent, waiting)) {
            enqueue(OutgoingMail.to(to).subject(SUBJECT).text("Bonjour"));
        }
        worker.sendDue();
        QuarkusTransaction.requiringNew().run(() -> {
            ageBy(old, config.retention().plusDays(1));
            ageBy(recent, config.retention().minusDays(1));
            entityManager.createNativeQuery("update outbox_mail set status = 'PENDING', next_attempt_at = now() + interval '1 hour'"
                    + " where recipient = :to").setParameter("to", waiting).executeUpdate();
            ageBy(waiting, config.retention().plusDays(1));
        });

        assertThat(worker.purgeOld()).isGreaterThanOrEqualTo(1);

        assertThat(rows(old)).isEmpty();
        assertThat(rows(recent)).hasSize(1);
        assertThat(rows(waiting)).hasSize(1);
    }

    private boolean enqueue(OutgoingMail mail) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(mail));
    }

    private List<Mail> mailsTo(String to) {
        List<Mail> mails = mailbox.getMailsSentTo(to);
        return mails == null ? List.of() : mails;
    }

    private List<OutboxMail> rows(String to) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>list("recipient", to));
    }

    private OutboxMail row(String to) {
        List<OutboxMail> rows = rows(to);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    /**
     * Due, and first in the queue: the worker takes due mails oldest first, a batch at a time, and
     * the other tests leave hundreds pending (the scheduler is off in tests), more than one run takes.
     */
    private void makeDue(String to) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update outbox_mail set next_attempt_at = now() - interval '1 year' where recipient = :to")
                .setParameter("to", to).executeUpdate());
    }

    private void ageBy(String to, Duration age) {
        entityManager.createNativeQuery("update outbox_mail set created_at = now() - make_interval(secs => :age)"
                + " where recipient = :to").setParameter("age", (double) age.toSeconds()).setParameter("to", to)
                .executeUpdate();
    }
}
