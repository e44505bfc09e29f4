package fr.relanceiae.barometer.survey;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.barometer.survey.SurveyMails.Kind;
import fr.relanceiae.directory.profile.StructureRecipients;
import fr.relanceiae.shared.outbox.Outbox;
import fr.relanceiae.shared.outbox.OutgoingMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The weekly survey's e-mails: from Monday 07:00 (Paris) each active structure that can be reached
 * and has not answered yet gets the invitation of the week; from Thursday 07:00 those invited that
 * still have not answered get one reminder. Each e-mail carries a new personal link. A run claims
 * its structures with one insert into {@code survey_mailing} (the primary key says who already got
 * which e-mail), in the transaction that writes the links and the outbox, so two replicas never
 * send the same e-mail twice. Every {@code relance.survey.mailing-interval} (off in tests, which
 * call {@link #sendInvitations} and {@link #sendReminders}).
 */
@ApplicationScoped
public class SurveyMailingJobs {

    static final LocalTime SEND_FROM = LocalTime.of(7, 0);

    /**
     * Reached: its organisation's active users (of an active organisation), else its contact
     * e-mail ({@link StructureRecipients}).
     */
    private static final String REACHABLE = """
            (nullif(trim(s.email), '') is not null or exists (
                select 1 from app_user u join organisation o on o.id = u.organisation_id
                where u.organisation_id = s.organisation_id and u.active and o.active))
            """;

    private static final String CLAIM_INVITATIONS = """
            insert into survey_mailing (structure_id, week, mail, sent_at)
            select s.id, :week, 'INVITATION', :now from structure s
            where s.active and not exists (select 1 from activity_survey a where a.structure_id = s.id and a.week = :week)
              and """ + REACHABLE + """
            on conflict do nothing
            returning structure_id
            """;

    private static final String CLAIM_REMINDERS = """
            insert into survey_mailing (structure_id, week, mail, sent_at)
            select s.id, :week, 'REMINDER', :now from structure s
            join survey_mailing invited on invited.structure_id = s.id and invited.week = :week
                                       and invited.mail = 'INVITATION'
            where s.active and not exists (select 1 from activity_survey a where a.structure_id = s.id and a.week = :week)
              and """ + REACHABLE + """
            on conflict do nothing
            returning structure_id
            """;

    private final EntityManager entityManager;
    private final SurveyLinks links;
    private final SurveyMails mails;
    private final Outbox outbox;

    public SurveyMailingJobs(EntityManager entityManager, SurveyLinks links, SurveyMails mails, Outbox outbox) {
        this.entityManager = entityManager;
        this.links = links;
        this.mails = mails;
        this.outbox = outbox;
    }

    @Scheduled(every = "${relance.survey.mailing-interval:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        Instant now = Instant.now();
        sendInvitations(now);
        sendReminders(now);
    }

    /** The invitations of the week of {@code now} due and not sent yet; answers how many structures got one. */
    public int sendInvitations(Instant now) {
        return send(Kind.INVITATION, CLAIM_INVITATIONS, DayOfWeek.MONDAY, now);
    }

    /** The reminders of the week of {@code now} due and not sent yet; answers how many structures got one. */
    public int sendReminders(Instant now) {
        return send(Kind.REMINDER, CLAIM_REMINDERS, DayOfWeek.THURSDAY, now);
    }

    /** Whether the e-mails sent from that day at 07:00 in Paris are due in the week of {@code now}. */
    static boolean due(DayOfWeek from, Instant now) {
        IsoWeek week = IsoWeek.of(now);
        Instant dueAt = week.monday().plusDays(from.getValue() - 1L).atTime(SEND_FROM).atZone(IsoWeek.ZONE).toInstant();
        return !now.isBefore(dueAt);
    }

    private int send(Kind kind, String claim, DayOfWeek from, Instant now) {
        if (!due(from, now)) {
            return 0;
        }
        IsoWeek week = IsoWeek.of(now);
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> claimed = entityManager.createNativeQuery(claim, UUID.class)
                    .setParameter("week", week.toString()).setParameter("now", now).getResultList();
            if (claimed.isEmpty()) {
                return 0;
            }
            // Values, not entities: a run reaches every structure of the network.
            List<Object[]> structures = entityManager.createNativeQuery("select id, name, email, organisation_id "
                    + "from structure where id = any(cast(:ids as uuid[])) order by id", Object[].class)
                    .setParameter("ids", SurveyLinks.arrayLiteral(claimed.stream().map(UUID::toString).toList()))
                    .getResultList();
            Map<UUID, List<String>> userEmails = StructureRecipients.activeUserEmails(
                    structures.stream().map(row -> (UUID) row[3]).toList());
            List<String> tokens = links.create(structures.stream().map(row -> (UUID) row[0]).toList(), week, now);
            List<OutgoingMail> outgoing = new ArrayList<>();
            for (int i = 0; i < structures.size(); i++) {
                Object[] structure = structures.get(i);
                String token = tokens.get(i);
                StructureRecipients.recipientsOf((String) structure[2],
                        userEmails.getOrDefault((UUID) structure[3], List.of()))
                        .forEach(recipient -> outgoing.add(mails.mail(kind, recipient, (String) structure[1], week, token)));
            }
            outbox.enqueueAll(outgoing);
            return claimed.size();
        });
    }
}
