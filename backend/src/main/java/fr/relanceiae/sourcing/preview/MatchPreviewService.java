package fr.relanceiae.sourcing.preview;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;

import fr.relanceiae.sourcing.matching.MatchCount;
import fr.relanceiae.sourcing.matching.MatchCriteria;
import fr.relanceiae.sourcing.matching.Matcher;
import fr.relanceiae.sourcing.matching.Recommendation;
import fr.relanceiae.sourcing.request.RequestCriteria;
import fr.relanceiae.sourcing.request.SourcingAccess;
import fr.relanceiae.sourcing.request.SourcingRequest;
import fr.relanceiae.sourcing.request.SourcingRequestInput;

/** The match preview of a saved request and the potential of one being written. */
@RequestScoped
public class MatchPreviewService {

    private final Matcher matcher;
    private final SourcingAccess access;
    private final EntityManager entityManager;

    public MatchPreviewService(Matcher matcher, SourcingAccess access, EntityManager entityManager) {
        this.matcher = matcher;
        this.access = access;
        this.entityManager = entityManager;
    }

    /** Excluded structures are listed (flagged) so that a facilitator can take them back. */
    public MatchPreview preview(UUID requestId, int limit) {
        SourcingRequest request = access.requireVisible(requestId);
        MatchCriteria criteria = RequestCriteria.of(request, false);
        Matcher.MatchPreviewResult result = matcher.preview(criteria, limit);
        MatchCount count = result.count();
        Set<UUID> targeted = Set.of(request.targetStructureIds);
        Set<UUID> excluded = Set.of(request.excludedStructureIds);
        Set<UUID> solicited = solicitedStructures(requestId);
        List<MatchView> items = result.matches().stream()
                .map(match -> new MatchView(match.structureId(), match.name(), match.kind(), match.score(), match.reasons(),
                        match.distanceKm(), match.reachable(), targeted.contains(match.structureId()),
                        excluded.contains(match.structureId()), solicited.contains(match.structureId())))
                .toList();
        return new MatchPreview(count.matching(), count.reachable(), items);
    }

    public SourcingPotential potential(SourcingRequestInput input) {
        MatchCount count = matcher.count(RequestCriteria.of(input));
        BigDecimal amount = input.amountMax() != null ? input.amountMax() : input.amountMin();
        Recommendation recommendation = Recommendation.of(count.matching(), amount, count.averageRevenue());
        return new SourcingPotential(count.matching(), count.reachable(), recommendation.kind(), recommendation.reason());
    }

    private Set<UUID> solicitedStructures(UUID requestId) {
        // JPQL rather than SQL: Hibernate's plan cache keys a native query by its result mapping,
        // a comparison that showed up in the preview's profile.
        return new HashSet<>(entityManager.createQuery("select s.structureId from Solicitation s"
                + " where s.requestId = :request and s.removedAt is null", UUID.class)
                .setParameter("request", requestId).getResultList());
    }
}
