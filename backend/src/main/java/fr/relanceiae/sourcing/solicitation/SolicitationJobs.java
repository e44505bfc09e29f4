package fr.relanceiae.sourcing.solicitation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.relanceiae.directory.profile.StructureRecipients;
import fr.relanceiae.account.AppUser;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.sourcing.request.SourcingRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The scheduled e-mails of solicitations: reminders to structures that have not answered, 3
 * days before the deadline (once), and the buyers' digest of answers (at most hourly per
 * buyer organisation). Each run claims its rows with one UPDATE … RETURNING (or an upsert
 * for the digest) in its transaction, so several replicas never send the same e-mail twice.
 * {@code relance.solicitations.job-interval} (off in tests, which call the jobs themselves).
 */
@ApplicationScoped
public class SolicitationJobs {

    static final int REMINDER_DAYS_BEFORE = 3;
    static final Duration DIGEST_INTERVAL = Duration.ofHours(1);

    private static final String CLAIM_REMINDERS = """
            update solicitation s set deadline_reminder_at = :now
            from sourcing_request r
            where r.id = s.request_id and r.status = 'PUBLISHED'
              and s.status in ('SENT', 'VIEWED') and s.removed_at is null and s.deadline_reminder_at is null
              and r.response_deadline between :today and :lastDay
              and s.sent_at <= :sentBefore
            returning s.id
            """;

    private static final String DUE_DIGESTS = """
            select distinct r.buyer_organisation_id from solicitation s join sourcing_request r on r.id = s.request_id
            where s.answered_at is not null and s.removed_at is null
              and (s.answer_notified_at is null or s.answer_notified_at < s.answered_at)
            """;

    private static final String CLAIM_DIGEST = """
            insert into solicitation_answer_digest as d (buyer_organisation_id, sent_at) values (:organisation, :now)
            on conflict (buyer_organisation_id) do update set sent_at = excluded.sent_at
            where d.sent_at <= :lastAllowed
            returning d.buyer_organisation_id
            """;

    private static final String CLAIM_ANSWERS = """
            update solicitation s set answer_notified_at = greatest(:now, s.answered_at)
            from sourcing_request r
            where r.id = s.request_id and r.buyer_organisation_id = :organisation
              and s.answered_at is not null and s.removed_at is null
              and (s.answer_notified_at is null or s.answer_notified_at < s.answered_at)
            returning s.id
            """;

    private final EntityManager entityManager;
    private final SolicitationService service;
    private final SolicitationViews views;
    private final SourcingMails mails;

    public SolicitationJobs(EntityManager entityManager, SolicitationService service, SolicitationViews views,
            SourcingMails mails) {
        this.entityManager = entityManager;
        this.service = service;
        this.views = views;
        this.mails = mails;
    }

    @Scheduled(every = "${relance.solicitations.job-interval:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        Instant now = Instant.now();
        remindBeforeDeadline(now);
        sendAnswerDigests(now);
    }

    /** Reminds the structures that have not answered requests due within 3 days; returns how many solicitations. */
    public int remindBeforeDeadline(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LocalDate today = SolicitationDeadlines.today(now);
            @SuppressWarnings("unchecked")
            List<UUID> claimed = entityManager.createNativeQuery(CLAIM_REMINDERS, UUID.class)
                    .setParameter("now", now).setParameter("today", today)
                    .setParameter("lastDay", today.plusDays(REMINDER_DAYS_BEFORE))
                    // one solicited a moment ago was just told: no reminder on its heels
                    .setParameter("sentBefore", now.minus(Duration.ofDays(1)))
                    .getResultList();
            if (claimed.isEmpty()) {
                return 0;
            }
            List<Solicitation> solicitations = Solicitation.list("id in ?1", claimed);
            Map<UUID, Structure> structures = SolicitationViews.structures(solicitations.stream().map(s -> s.structureId).toList());
            Map<UUID, SourcingRequest> requests = SolicitationViews.requests(solicitations.stream().map(s -> s.requestId).toList());
            Map<UUID, List<AppUser>> users = StructureRecipients.activeUsers(structures.values().stream()
                    .map(structure -> structure.organisation.id).toList());
            for (Solicitation solicitation : solicitations) {
                Structure structure = structures.get(solicitation.structureId);
                SourcingMails.RequestSummary summary = views.summary(requests.get(solicitation.requestId));
                service.tell(solicitation, structure, users.getOrDefault(structure.organisation.id, List.of()), now,
                        (to, name, links) -> mails.sendDeadlineReminder(to, name, summary, links));
            }
            return claimed.size();
        });
    }

    /** Sends each buyer organisation whose last digest is an hour old or more its new answers; returns how many digests. */
    public int sendAnswerDigests(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> organisations = QuarkusTransaction.requiringNew().call(
                () -> entityManager.createNativeQuery(DUE_DIGESTS, UUID.class).getResultList());
        int sent = 0;
        for (UUID organisation : organisations) {
            if (QuarkusTransaction.requiringNew().call(() -> digest(organisation, now))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean digest(UUID organisation, Instant now) {
        boolean claimed = !entityManager.createNativeQuery(CLAIM_DIGEST, UUID.class)
                .setParameter("organisation", organisation).setParameter("now", now)
                .setParameter("lastAllowed", now.minus(DIGEST_INTERVAL)).getResultList().isEmpty();
        if (!claimed) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<UUID> answered = entityManager.createNativeQuery(CLAIM_ANSWERS, UUID.class)
                .setParameter("organisation", organisation).setParameter("now", now).getResultList();
        if (answered.isEmpty()) {
            return false;
        }
        List<Solicitation> solicitations = Solicitation.list("id in ?1 order by answeredAt, id", answered);
        Map<UUID, Structure> structures = SolicitationViews.structures(solicitations.stream().map(s -> s.structureId).toList());
        Map<UUID, SourcingRequest> requests = SolicitationViews.requests(solicitations.stream().map(s -> s.requestId).toList());
        List<SourcingMails.AnswerLine> lines = new ArrayList<>();
        for (Solicitation solicitation : solicitations) {
            lines.add(new SourcingMails.AnswerLine(requests.get(solicitation.requestId).title,
                    structures.get(solicitation.structureId).name,
                    solicitation.status == SolicitationStatus.DECLINED ? SolicitationDecision.DECLINED
                            : SolicitationDecision.INTERESTED,
                    service.requestLink(solicitation.requestId)));
        }
        List<String> to = StructureRecipients.activeUsers(List.of(organisation)).getOrDefault(organisation, List.of())
                .stream().map(user -> user.email).toList();
        if (!to.isEmpty()) {
            mails.sendAnswerDigest(to, SolicitationViews.organisationName(organisation), lines);
        }
        return !to.isEmpty();
    }
}
