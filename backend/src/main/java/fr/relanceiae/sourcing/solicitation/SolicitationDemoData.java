package fr.relanceiae.sourcing.solicitation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.relanceiae.directory.profile.StructureRecipients;
import fr.relanceiae.demo.DemoDataContributor;
import fr.relanceiae.demo.DirectoryDemoData;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.shared.web.PublicUrl;
import fr.relanceiae.sourcing.SourcingStatus;
import fr.relanceiae.sourcing.request.SourcingRequest;

/**
 * Solicitations of the demo's published and closed requests (written by the requests' demo
 * data, which runs before: when there is none, this adds nothing): the demo siae user's
 * structure on each (so its inbox shows something) and a few other structures, with
 * answers of each kind. The demo siae structure's solicitation of the first published
 * request still open to answers opens with a known personal link ({@link #DEMO_LINK_TOKEN}), printed at start so
 * that a person can try the page without an account.
 */
@ApplicationScoped
public class SolicitationDemoData implements DemoDataContributor {

    /** Public on purpose: the demo's personal link. Only the demo data (never on with a real database) stores it. */
    static final String DEMO_LINK_TOKEN = "essai-sans-compte-demo-relance-iae-2026";
    static final int OTHERS_PER_REQUEST = 5;

    private static final Logger LOG = Logger.getLogger(SolicitationDemoData.class);

    private final boolean enabled;
    private final SolicitationLinks links;
    private final PublicUrl publicUrl;

    public SolicitationDemoData(@ConfigProperty(name = "relance.demo-data", defaultValue = "false") boolean enabled,
            SolicitationLinks links, PublicUrl publicUrl) {
        this.enabled = enabled;
        this.links = links;
        this.publicUrl = publicUrl;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void contribute() {
        Structure demoStructure = Structure.findBySiret(DirectoryDemoData.DEMO_SIAE_SIRET).orElse(null);
        List<SourcingRequest> requests = SourcingRequest.list("status in ?1 and publishedAt is not null order by publishedAt, id",
                List.of(SourcingStatus.PUBLISHED, SourcingStatus.CLOSED));
        List<Structure> others = Structure.<Structure>find("active = true and siret <> ?1 order by name, id",
                DirectoryDemoData.DEMO_SIAE_SIRET).page(0, OTHERS_PER_REQUEST * 2).list();
        boolean linked = false;
        for (int r = 0; r < requests.size(); r++) {
            SourcingRequest request = requests.get(r);
            if (Solicitation.count("requestId", request.id) > 0) {
                continue;
            }
            List<Structure> solicited = new ArrayList<>();
            if (demoStructure != null) {
                solicited.add(demoStructure);
            }
            for (int i = 0; i < OTHERS_PER_REQUEST && i < others.size(); i++) {
                solicited.add(others.get((r + i) % others.size()));
            }
            Instant sentAt = request.publishedAt;
            for (int i = 0; i < solicited.size(); i++) {
                Structure structure = solicited.get(i);
                Solicitation solicitation = new Solicitation();
                solicitation.id = UUID.randomUUID();
                solicitation.requestId = request.id;
                solicitation.structureId = structure.id;
                solicitation.origin = i == 0 ? SolicitationOrigin.TARGETED : SolicitationOrigin.MATCHED;
                solicitation.score = 90 - i * 7;
                solicitation.reasons = new String[] { "Secteur demandé", "Intervient sur le lieu du besoin" };
                solicitation.sentAt = sentAt;
                solicitation.linkExpiresAt = SolicitationDeadlines.linkExpiry(request.responseDeadline, sentAt);
                solicitation.unreachable = StructureRecipients.recipients(structure, StructureRecipients.activeUsers(
                        List.of(structure.organisation.id)).getOrDefault(structure.organisation.id, List.of())).isEmpty();
                // The demo structure: unread on the first request, interested on the second, declined on the third…
                int answerKind = structure == demoStructure ? r % 4 : (i + r) % 4;
                answer(solicitation, answerKind, sentAt);
                solicitation.persist();
                if (!linked && structure == demoStructure && request.status == SourcingStatus.PUBLISHED
                        && !SolicitationDeadlines.passed(request.responseDeadline, Instant.now())) {
                    links.store(solicitation.id, DEMO_LINK_TOKEN, sentAt);
                    linked = true;
                }
            }
        }
    }

    /** 0: not opened; 1: interested with a quote; 2: declined; 3: opened, not answered. */
    private static void answer(Solicitation solicitation, int kind, Instant sentAt) {
        switch (kind) {
            case 1 -> {
                solicitation.firstViewedAt = sentAt.plus(3, ChronoUnit.HOURS);
                solicitation.answeredAt = sentAt.plus(1, ChronoUnit.DAYS);
                solicitation.status = SolicitationStatus.INTERESTED;
                solicitation.message = "Nous pouvons intervenir dès le mois prochain avec une équipe de 4 salariés "
                        + "en insertion encadrés par un chef d'équipe.";
                solicitation.quoteAmount = new BigDecimal("18500.00");
                solicitation.monthlyCapacity = "Environ 120 heures d'intervention par mois";
            }
            case 2 -> {
                solicitation.firstViewedAt = sentAt.plus(5, ChronoUnit.HOURS);
                solicitation.answeredAt = sentAt.plus(2, ChronoUnit.DAYS);
                solicitation.status = SolicitationStatus.DECLINED;
                solicitation.declineReason = "Nos équipes sont entièrement prises jusqu'à la fin du trimestre.";
            }
            case 3 -> {
                solicitation.firstViewedAt = sentAt.plus(1, ChronoUnit.DAYS);
                solicitation.status = SolicitationStatus.VIEWED;
            }
            default -> solicitation.status = SolicitationStatus.SENT;
        }
        // The demo buyer is not sent a digest of answers made up at start.
        solicitation.answerNotifiedAt = solicitation.answeredAt;
    }

    /** After the demo data is loaded (the loader observes the start at the default priority). */
    void printDemoLink(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) io.quarkus.runtime.StartupEvent event) {
        if (enabled && demoLinkWorks()) {
            LOG.info("Demo personal link (answer a solicitation without an account): "
                    + publicUrl.of(SolicitationService.PERSONAL_LINK_PATH + DEMO_LINK_TOKEN));
        }
    }

    @Transactional
    boolean demoLinkWorks() {
        Optional<UUID> found = links.find(DEMO_LINK_TOKEN, Instant.now());
        return found.isPresent();
    }
}
