package fr.relanceiae.sourcing.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.PartnerClient;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.sourcing.SourcingReferences;

/**
 * Renders requests for the API: the names they refer to (buyer organisation, author, awarded
 * structures) and the solicitation counts, each read with one query per request or per page.
 */
@ApplicationScoped
public class SourcingRequestViews {

    private final EntityManager entityManager;
    private final SourcingReferences references;

    public SourcingRequestViews(EntityManager entityManager, SourcingReferences references) {
        this.entityManager = entityManager;
        this.references = references;
    }

    public SourcingRequestView view(SourcingRequest request) {
        LocalDate today = SourcingRequestRules.today();
        Organisation buyer = Organisation.findById(request.buyerOrganisationId);
        Map<UUID, String> structureNames = structureNames(request.awards.stream().map(award -> award.structureId).toList());
        List<SourcingAwardView> awards = request.awards.stream()
                .map(award -> new SourcingAwardView(award.structureId, structureNames.get(award.structureId), award.amount))
                .toList();
        return new SourcingRequestView(request.id, request.title, request.description, request.channel, request.status,
                request.outcome, request.ongoingContractId, List.of(request.sectors),
                Arrays.stream(request.prestaTypes).map(PrestaType::valueOf).toList(),
                Arrays.stream(request.kinds).map(StructureKind::valueOf).toList(), List.of(request.departments),
                request.latitude, request.longitude, request.radiusKm, request.placeLabel, request.placeDepartment,
                request.includeNationwide, request.amountMin, request.amountMax, request.responseDeadline,
                request.startDate, request.socialClause, request.maxSolicitations, List.of(request.targetStructureIds),
                List.of(request.excludedStructureIds), request.buyerOrganisationId, buyer == null ? null : buyer.name,
                authorName(request), request.authorUserId, request.returnReason, attachments(request.id), awards,
                counts(List.of(request.id)).getOrDefault(request.id, SolicitationCounts.NONE),
                SourcingRequestRules.deadlinePassed(request.responseDeadline, today), request.submittedAt,
                request.publishedAt, request.closedAt, request.createdAt, request.updatedAt, request.version);
    }

    public List<SourcingRequestSummary> summaries(List<SourcingRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        LocalDate today = SourcingRequestRules.today();
        List<UUID> ids = requests.stream().map(request -> request.id).toList();
        Map<UUID, SolicitationCounts> counts = counts(ids);
        Set<UUID> buyerIds = requests.stream().map(request -> request.buyerOrganisationId).collect(Collectors.toSet());
        Map<UUID, String> buyerNames = entityManager
                .createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", buyerIds).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
        return requests.stream().map(request -> new SourcingRequestSummary(request.id, request.title, request.channel,
                request.status, request.outcome, request.buyerOrganisationId, buyerNames.get(request.buyerOrganisationId),
                request.responseDeadline, SourcingRequestRules.deadlinePassed(request.responseDeadline, today),
                place(request), counts.getOrDefault(request.id, SolicitationCounts.NONE), request.createdAt,
                request.updatedAt)).toList();
    }

    /** The place for people: "Montreuil (93), 30 km" or the departments' names. */
    String place(SourcingRequest request) {
        if (request.isPointPlace()) {
            String label = request.placeLabel != null ? request.placeLabel
                    : request.placeDepartment != null ? references.departmentName(request.placeDepartment) : "Point choisi";
            return label + " (" + request.radiusKm + " km autour)";
        }
        return request.departments.length == 0 ? null : references.departmentNames(List.of(request.departments));
    }

    private String authorName(SourcingRequest request) {
        if (request.authorUserId != null) {
            AppUser author = AppUser.findById(request.authorUserId);
            return author == null ? null : author.displayName;
        }
        return PartnerClient.findByClientId(request.authorClientId).map(client -> client.name).orElse(request.authorClientId);
    }

    /** The attachments' descriptions, without reading their content. */
    private List<SourcingAttachmentView> attachments(UUID requestId) {
        return entityManager.createQuery("select a.id, a.fileName, a.contentType, a.sizeBytes, a.createdAt "
                + "from SourcingAttachment a where a.requestId = :request order by a.createdAt, a.id", Object[].class)
                .setParameter("request", requestId).getResultStream()
                .map(row -> new SourcingAttachmentView((UUID) row[0], (String) row[1], (String) row[2],
                        ((Number) row[3]).longValue(), (Instant) row[4]))
                .toList();
    }

    private Map<UUID, String> structureNames(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select s.id, s.name from Structure s where s.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
    }

    /** The solicitations of these requests counted in one aggregate (removed ones left out). */
    @SuppressWarnings("unchecked")
    Map<UUID, SolicitationCounts> counts(List<UUID> requestIds) {
        List<Object[]> rows = entityManager.createNativeQuery("select request_id, count(*), "
                + "count(*) filter (where status = 'INTERESTED'), count(*) filter (where status = 'DECLINED'), "
                + "count(*) filter (where status in ('SENT', 'VIEWED')), count(*) filter (where unreachable) "
                + "from solicitation where request_id in (:ids) and removed_at is null group by request_id")
                .setParameter("ids", requestIds).getResultList();
        Map<UUID, SolicitationCounts> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], new SolicitationCounts(number(row[1]), number(row[2]), number(row[3]),
                    number(row[4]), number(row[5])));
        }
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
