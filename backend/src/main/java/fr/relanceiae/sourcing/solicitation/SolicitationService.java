package fr.relanceiae.sourcing.solicitation;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.directory.profile.StructureRecipients;
import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.directory.search.StructureSearch;
import fr.relanceiae.directory.search.StructureSearchQuery;
import fr.relanceiae.shared.error.FieldError;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.paging.PageQuery;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.web.PublicUrl;
import fr.relanceiae.sourcing.SourcingStatus;
import fr.relanceiae.sourcing.request.SourcingAttachment;
import fr.relanceiae.sourcing.request.SourcingAccess;
import fr.relanceiae.sourcing.request.SourcingRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Solicitations: created on publishing ({@link SolicitationEvents}) or by a facilitator,
 * listed for the request's buyer and the facilitators, read and answered by the solicited
 * structure's users or through a personal link. Ownership: a buyer sees its organisation's
 * requests only, a siae user its organisation's structures' solicitations only (404 otherwise).
 */
@ApplicationScoped
@Transactional
public class SolicitationService {

    public record Added(SolicitationView view, boolean created) {
    }

    /** The web app's pages the e-mails link to (see frontend/src/config/paths.ts). */
    static final String PERSONAL_LINK_PATH = "/reponse/";
    static final String INBOX_ITEM_PATH = "/opportunites/";
    static final String REQUEST_PATH = "/besoins/";

    private static final String NOT_FOUND = "Sollicitation introuvable.";
    /** Fewer characters would match too much of the directory to help. */
    static final int MIN_PARTNER_SEARCH = 2;

    private final CallerContext caller;
    private final SolicitationLinks links;
    private final SolicitationViews views;
    private final SourcingMails mails;
    private final PublicUrl publicUrl;
    private final SolicitationCandidates candidates;
    private final SourcingAccess access;
    private final StructureSearch structureSearch;

    public SolicitationService(CallerContext caller, SolicitationLinks links, SolicitationViews views, SourcingMails mails,
            PublicUrl publicUrl, SolicitationCandidates candidates, SourcingAccess access, StructureSearch structureSearch) {
        this.caller = caller;
        this.structureSearch = structureSearch;
        this.access = access;
        this.links = links;
        this.views = views;
        this.mails = mails;
        this.publicUrl = publicUrl;
        this.candidates = candidates;
    }

    // --- Publishing and facilitators' changes ----------------------------------------------

    /**
     * Solicits the planned structures of a request just published ({@link SolicitationPlanner}),
     * the active ones not already solicited, and e-mails each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Solicitation> solicitPublished(UUID requestId) {
        SourcingRequest request = SourcingRequest.findById(requestId);
        if (request == null) {
            throw new IllegalStateException("Published request " + requestId + " not found");
        }
        List<SolicitationPlanner.Planned> planned = SolicitationPlanner.plan(request, candidates.candidatesFor(request));
        Map<UUID, Structure> structures = SolicitationViews.structures(
                planned.stream().map(SolicitationPlanner.Planned::structureId).toList());
        Set<UUID> already = new HashSet<>(Solicitation.<Solicitation>list("requestId", requestId).stream()
                .map(s -> s.structureId).toList());
        List<Structure> solicited = planned.stream().map(p -> structures.get(p.structureId()))
                .filter(structure -> structure != null && structure.active && !already.contains(structure.id)).toList();
        Map<UUID, List<AppUser>> users = StructureRecipients.activeUsers(
                solicited.stream().map(structure -> structure.organisation.id).toList());
        Instant now = Instant.now();
        SourcingMails.RequestSummary summary = views.summary(request);
        List<Solicitation> created = new ArrayList<>();
        for (SolicitationPlanner.Planned plan : planned) {
            Structure structure = structures.get(plan.structureId());
            if (structure == null || !structure.active || already.contains(structure.id)) {
                continue;
            }
            List<AppUser> itsUsers = users.getOrDefault(structure.organisation.id, List.of());
            Solicitation solicitation = newSolicitation(request, structure, plan.origin(), itsUsers, now);
            solicitation.score = plan.score();
            solicitation.reasons = plan.reasons().toArray(String[]::new);
            solicitation.distanceKm = plan.distanceKm();
            solicitation.persist();
            tell(solicitation, structure, itsUsers, now,
                    (to, name, answerLinks) -> mails.sendSolicitation(to, name, summary, answerLinks));
            created.add(solicitation);
        }
        return created;
    }

    public Added add(UUID requestId, SolicitationAddInput input) {
        SourcingRequest request = access.requireVisible(requestId);
        Instant now = Instant.now();
        if (request.status != SourcingStatus.PUBLISHED) {
            throw ProblemException.conflict("Seul un besoin publié peut être proposé à d'autres structures.");
        }
        if (SolicitationViews.deadlinePassed(request, now)) {
            throw ProblemException.conflict("La date limite de réponse de ce besoin est passée.");
        }
        Structure structure = Structure.<Structure>findByIdOptional(input.structureId()).filter(s -> s.active)
                .orElseThrow(() -> ProblemException.invalidField("structureId",
                        "Cette structure n'existe pas ou est désactivée."));
        Solicitation existing = Solicitation.<Solicitation>find("requestId = ?1 and structureId = ?2", requestId,
                structure.id).firstResult();
        if (existing != null && !existing.removed()) {
            throw ProblemException.conflictOnField("structureId", "Cette structure est déjà sollicitée pour ce besoin.");
        }
        List<AppUser> users = StructureRecipients.activeUsers(List.of(structure.organisation.id))
                .getOrDefault(structure.organisation.id, List.of());
        if (existing != null) {
            existing.removedAt = null;
            return new Added(listView(existing, structure, users, true), false);
        }
        Solicitation solicitation = newSolicitation(request, structure, SolicitationOrigin.ADDED, users, now);
        solicitation.persist();
        SourcingMails.RequestSummary summary = views.summary(request);
        tell(solicitation, structure, users, now,
                (to, name, answerLinks) -> mails.sendSolicitation(to, name, summary, answerLinks));
        return new Added(listView(solicitation, structure, users, true), true);
    }

    public void remove(UUID requestId, UUID structureId) {
        access.requireVisible(requestId);
        Solicitation solicitation = Solicitation.<Solicitation>find("requestId = ?1 and structureId = ?2 and removedAt is null",
                requestId, structureId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Cette structure n'est pas sollicitée pour ce besoin."));
        if (solicitation.answered()) {
            solicitation.removedAt = Instant.now();
        } else {
            solicitation.delete();
        }
    }

    /** Tells the solicited structures of a new deadline; their links now work until 7 days after it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlineExtended(UUID requestId, LocalDate previousDeadline) {
        SourcingRequest request = SourcingRequest.findById(requestId);
        if (request == null) {
            return;
        }
        List<Solicitation> solicitations = Solicitation.list("requestId = ?1 and removedAt is null", requestId);
        Map<UUID, Structure> structures = SolicitationViews.structures(solicitations.stream().map(s -> s.structureId).toList());
        Map<UUID, List<AppUser>> users = StructureRecipients.activeUsers(
                structures.values().stream().map(structure -> structure.organisation.id).toList());
        SourcingMails.RequestSummary summary = views.summary(request);
        Instant now = Instant.now();
        for (Solicitation solicitation : solicitations) {
            solicitation.linkExpiresAt = SolicitationDeadlines.linkExpiry(request.responseDeadline, solicitation.sentAt);
            if (!solicitation.answered()) {
                solicitation.deadlineReminderAt = null; // reminded again before the new deadline
            }
            Structure structure = structures.get(solicitation.structureId);
            tell(solicitation, structure, users.getOrDefault(structure.organisation.id, List.of()), now,
                    (to, name, answerLinks) -> mails.sendDeadlineExtended(to, name, summary, previousDeadline, answerLinks));
        }
    }

    private static Solicitation newSolicitation(SourcingRequest request, Structure structure, SolicitationOrigin origin,
            List<AppUser> users, Instant now) {
        Solicitation solicitation = new Solicitation();
        solicitation.id = UUID.randomUUID();
        solicitation.requestId = request.id;
        solicitation.structureId = structure.id;
        solicitation.origin = origin;
        solicitation.status = SolicitationStatus.SENT;
        solicitation.unreachable = StructureRecipients.recipients(structure, users).isEmpty();
        solicitation.sentAt = now;
        solicitation.linkExpiresAt = SolicitationDeadlines.linkExpiry(request.responseDeadline, now);
        return solicitation;
    }

    /** What one e-mail to a structure needs once its recipients and links are known. */
    @FunctionalInterface
    interface Message {
        void send(List<String> to, String structureName, SourcingMails.AnswerLinks links);
    }

    /** E-mails a structure about its solicitation, with a new personal link; nobody to e-mail: nothing. */
    void tell(Solicitation solicitation, Structure structure, List<AppUser> users, Instant now, Message message) {
        List<String> to = StructureRecipients.recipients(structure, users);
        if (to.isEmpty()) {
            return;
        }
        String token = links.create(solicitation.id, now);
        message.send(to, structure.name, answerLinks(solicitation.id, token));
    }

    SourcingMails.AnswerLinks answerLinks(UUID solicitationId, String token) {
        return new SourcingMails.AnswerLinks(publicUrl.of(PERSONAL_LINK_PATH + token),
                publicUrl.of(INBOX_ITEM_PATH + solicitationId));
    }

    URI requestLink(UUID requestId) {
        return publicUrl.of(REQUEST_PATH + requestId);
    }

    // --- Buyer and facilitators ---------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SolicitationView> listForRequest(UUID requestId) {
        access.requireVisible(requestId);
        List<Solicitation> solicitations = Solicitation.list("requestId", requestId);
        Map<UUID, Structure> structures = SolicitationViews.structures(solicitations.stream().map(s -> s.structureId).toList());
        boolean facilitator = access.isFacilitator();
        Map<UUID, List<AppUser>> users = StructureRecipients.activeUsers(structures.values().stream()
                .map(structure -> structure.organisation.id).toList());
        Map<UUID, String> partners = SolicitationViews.partnerNames(solicitations);
        return solicitations.stream()
                .sorted(Comparator.comparing((Solicitation s) -> s.score == null ? -1 : s.score).reversed()
                        .thenComparing(s -> structures.get(s.structureId).name))
                .map(s -> {
                    Structure structure = structures.get(s.structureId);
                    return view(s, structure, users.getOrDefault(structure.organisation.id, List.of()), partners,
                            facilitator || s.status == SolicitationStatus.INTERESTED);
                }).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UnreachableSolicitation> listUnreachable(PageQuery page) {
        PanacheQuery<Solicitation> query = Solicitation.find("unreachable = true and removedAt is null "
                + "and status in ?1 and requestId in (select r.id from SourcingRequest r where r.status = ?2) "
                + "order by sentAt desc, id", Set.of(SolicitationStatus.SENT, SolicitationStatus.VIEWED),
                SourcingStatus.PUBLISHED);
        Instant now = Instant.now();
        return Page.fetch(query, page).mapAll(items -> {
            Map<UUID, Structure> structures = SolicitationViews.structures(items.stream().map(s -> s.structureId).toList());
            Map<UUID, SourcingRequest> requests = SolicitationViews.requests(items.stream().map(s -> s.requestId).toList());
            Map<UUID, List<AppUser>> users = StructureRecipients.activeUsers(structures.values().stream()
                    .map(structure -> structure.organisation.id).toList());
            return items.stream().map(s -> {
                Structure structure = structures.get(s.structureId);
                SourcingRequest request = requests.get(s.requestId);
                return new UnreachableSolicitation(s.id, s.status, request.id, request.title, request.responseDeadline,
                        SolicitationViews.deadlinePassed(request, now), structure.id, structure.name, structure.kind,
                        structure.city, structure.department,
                        SolicitationViews.contact(structure, users.getOrDefault(structure.organisation.id, List.of())),
                        s.sentAt);
            }).toList();
        });
    }

    private SolicitationView listView(Solicitation s, Structure structure, List<AppUser> users, boolean withContact) {
        return view(s, structure, users, SolicitationViews.partnerNames(List.of(s)), withContact);
    }

    private static SolicitationView view(Solicitation s, Structure structure, List<AppUser> users,
            Map<UUID, String> partnerNames, boolean withContact) {
        return new SolicitationView(s.id, structure.id, structure.name, structure.kind, s.score, List.of(s.reasons),
                s.distanceKm, s.origin, s.status, s.unreachable, s.removed(), s.sentAt, s.firstViewedAt, s.answeredAt,
                SolicitationViews.answer(s, partnerNames), withContact ? SolicitationViews.contact(structure, users) : null);
    }

    // --- The solicited structures ---------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SolicitationInboxItem> inbox(PageQuery page, SolicitationStatus status) {
        StringBuilder where = new StringBuilder("removedAt is null and structureId in "
                + "(select st.id from Structure st where st.organisation.id = :organisation)");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("organisation", caller.organisationId());
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (page.hasText()) {
            where.append(" and requestId in (select r.id from SourcingRequest r where lower(r.title) like :text escape '\\')");
            parameters.put("text", page.containsPattern());
        }
        PanacheQuery<Solicitation> query = Solicitation.find(where + " order by sentAt desc, id", parameters);
        Instant now = Instant.now();
        return Page.fetch(query, page).mapAll(items -> {
            Map<UUID, Structure> structures = SolicitationViews.structures(items.stream().map(s -> s.structureId).toList());
            Map<UUID, SourcingRequest> requests = SolicitationViews.requests(items.stream().map(s -> s.requestId).toList());
            Map<UUID, String> buyers = organisationNames(requests.values().stream().map(r -> r.buyerOrganisationId).toList());
            return items.stream().map(s -> {
                SourcingRequest request = requests.get(s.requestId);
                return new SolicitationInboxItem(s.id, s.status, s.firstViewedAt == null, s.structureId,
                        structures.get(s.structureId).name, request.id, request.title, request.channel,
                        buyers.getOrDefault(request.buyerOrganisationId, ""), request.responseDeadline,
                        SolicitationViews.deadlinePassed(request, now), views.placeSummary(request),
                        views.sectorNames(request), s.sentAt, s.answeredAt);
            }).toList();
        });
    }

    public SolicitationDetail getForCaller(UUID id) {
        return detail(viewed(ownSolicitation(id), Instant.now()));
    }

    public SolicitationDetail answerForCaller(UUID id, SolicitationAnswerInput input) {
        return detail(answer(ownSolicitation(id), input, Instant.now()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SourcingAttachment attachmentForCaller(UUID id, UUID attachmentId) {
        return attachment(ownSolicitation(id), attachmentId);
    }

    public SolicitationDetail getByLink(String token) {
        Instant now = Instant.now();
        return detail(viewed(byLink(token, now), now));
    }

    public SolicitationDetail answerByLink(String token, SolicitationAnswerInput input) {
        Instant now = Instant.now();
        return detail(answer(byLink(token, now), input, now));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SourcingAttachment attachmentByLink(String token, UUID attachmentId) {
        return attachment(byLink(token, Instant.now()), attachmentId);
    }

    /**
     * The partners an answer through a personal link may name: active structures of the directory
     * found by its search (name, brand, SIRET, town), the solicited one left out. A wrong or
     * expired token is the link's 404; fewer than 2 characters find nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerChoice> partnersByLink(String token, String text, int limit) {
        Solicitation solicitation = byLink(token, Instant.now());
        String q = text == null ? "" : text.strip();
        if (q.length() < MIN_PARTNER_SEARCH) {
            return List.of();
        }
        StructureSearchQuery query = new StructureSearchQuery();
        query.q = q;
        query.size = limit + 1;
        query.facets = false;
        return structureSearch.search(query).items().stream()
                .filter(structure -> !structure.id().equals(solicitation.structureId))
                .limit(limit)
                .map(structure -> new PartnerChoice(structure.id(), structure.name(), structure.city(),
                        structure.department()))
                .toList();
    }

    private Solicitation byLink(String token, Instant now) {
        return links.find(token, now).map(id -> Solicitation.<Solicitation>findById(id))
                .orElseThrow(() -> ProblemException.notFound("Ce lien ne fonctionne pas ou a expiré."));
    }

    /** A solicitation of one of the caller's organisation's structures, not removed. */
    private Solicitation ownSolicitation(UUID id) {
        Solicitation solicitation = Solicitation.findById(id);
        if (solicitation == null || solicitation.removed()) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        Structure structure = Structure.findById(solicitation.structureId);
        if (!structure.organisation.id.equals(caller.organisationId())) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return solicitation;
    }

    /**
     * Records the first view with one conditional statement, not through the entity's version:
     * two first looks at once (a person and a link preview) both succeed, the earlier one counts.
     */
    static Solicitation viewed(Solicitation solicitation, Instant now) {
        if (solicitation.firstViewedAt != null) {
            return solicitation;
        }
        int recorded = Solicitation.update("firstViewedAt = ?1, status = case when status = ?2 then ?3 else status end "
                + "where id = ?4 and firstViewedAt is null", now, SolicitationStatus.SENT, SolicitationStatus.VIEWED,
                solicitation.id);
        if (recorded > 0) {
            Solicitation.getEntityManager().refresh(solicitation);
        }
        return solicitation;
    }

    private Solicitation answer(Solicitation solicitation, SolicitationAnswerInput input, Instant now) {
        SourcingRequest request = SourcingRequest.findById(solicitation.requestId);
        if (request.status != SourcingStatus.PUBLISHED) {
            throw ProblemException.conflict("Ce besoin n'est plus ouvert aux réponses.");
        }
        if (SolicitationViews.deadlinePassed(request, now)) {
            throw ProblemException.conflict("La date limite de réponse est passée (le "
                    + SolicitationDeadlines.french(request.responseDeadline) + " à 23 h 59, heure de Paris).");
        }
        List<UUID> partners = checked(input, solicitation.structureId);
        if (solicitation.firstViewedAt == null) {
            solicitation.firstViewedAt = now;
        }
        solicitation.status = input.decision().status();
        solicitation.answeredAt = now;
        if (input.decision() == SolicitationDecision.INTERESTED) {
            solicitation.message = input.message().strip();
            solicitation.quoteAmount = input.quoteAmount();
            solicitation.monthlyCapacity = blankToNull(input.monthlyCapacity());
            solicitation.partnerStructureIds = partners.toArray(UUID[]::new);
            solicitation.declineReason = null;
        } else {
            solicitation.message = null;
            solicitation.quoteAmount = null;
            solicitation.monthlyCapacity = null;
            solicitation.partnerStructureIds = new UUID[0];
            solicitation.declineReason = input.declineReason().strip();
        }
        return solicitation;
    }

    /** The rules Bean Validation cannot say, every invalid field at once; the partners, checked. */
    private static List<UUID> checked(SolicitationAnswerInput input, UUID ownStructureId) {
        List<FieldError> errors = new ArrayList<>();
        List<UUID> partners = new ArrayList<>();
        if (input.decision() == SolicitationDecision.INTERESTED) {
            if (input.message() == null || input.message().isBlank()) {
                errors.add(new FieldError("message", "Écrivez un message à l'acheteur : ce que vous proposez."));
            }
            List<UUID> asked = input.partnerStructureIds() == null ? List.of() : input.partnerStructureIds();
            Set<UUID> active = SolicitationViews.structures(new LinkedHashSet<>(asked)).values().stream()
                    .filter(structure -> structure.active).map(structure -> structure.id).collect(Collectors.toSet());
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < asked.size(); i++) {
                UUID id = asked.get(i);
                String field = "partnerStructureIds[" + i + "]";
                if (id.equals(ownStructureId)) {
                    errors.add(new FieldError(field, "Votre structure ne peut pas être sa propre partenaire."));
                } else if (!active.contains(id)) {
                    errors.add(new FieldError(field, "Cette structure n'existe pas ou est désactivée."));
                } else if (!seen.add(id)) {
                    errors.add(new FieldError(field, "Cette structure est déjà dans la liste."));
                } else {
                    partners.add(id);
                }
            }
        } else if (input.declineReason() == null || input.declineReason().isBlank()) {
            errors.add(new FieldError("declineReason", "Indiquez pourquoi vous ne donnez pas suite."));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() == 1 ? "Un champ est invalide."
                    : errors.size() + " champs sont invalides.", errors, Map.of());
        }
        return partners;
    }

    private SourcingAttachment attachment(Solicitation solicitation, UUID attachmentId) {
        return SourcingAttachment.<SourcingAttachment>find("id = ?1 and requestId = ?2", attachmentId, solicitation.requestId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Pièce jointe introuvable."));
    }

    private SolicitationDetail detail(Solicitation s) {
        SourcingRequest request = SourcingRequest.findById(s.requestId);
        Structure structure = Structure.findById(s.structureId);
        Instant now = Instant.now();
        boolean passed = SolicitationViews.deadlinePassed(request, now);
        List<SolicitationAttachmentView> attachments = SourcingAttachment.getEntityManager().createQuery(
                "select new fr.relanceiae.sourcing.solicitation.SolicitationAttachmentView(a.id, a.fileName, a.contentType, "
                        + "a.sizeBytes) from SourcingAttachment a where a.requestId = :request order by a.createdAt, a.id",
                SolicitationAttachmentView.class).setParameter("request", request.id).getResultList();
        SolicitedRequestView requestView = new SolicitedRequestView(request.id, request.title, request.description,
                request.channel, SolicitationViews.organisationName(request.buyerOrganisationId), views.sectorNames(request),
                views.prestaTypes(request), views.prestaTypeNames(request), views.placeSummary(request), request.amountMin,
                request.amountMax, request.responseDeadline, request.startDate, request.socialClause, attachments);
        return new SolicitationDetail(s.id, s.status, structure.id, structure.name, requestView,
                SolicitationViews.answer(s, SolicitationViews.partnerNames(List.of(s))),
                request.status == SourcingStatus.PUBLISHED && !passed, passed);
    }

    private static Map<UUID, String> organisationNames(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Organisation.<Organisation>list("id in ?1", Set.copyOf(ids))
                .stream().collect(Collectors.toMap(organisation -> organisation.id, organisation -> organisation.name));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
