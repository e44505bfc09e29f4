package fr.relanceiae.sourcing.solicitation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.relanceiae.sourcing.request.SourcingRequest;

/**
 * Who publishing solicits, a plain rule: the request's targets first (whether or not they
 * match, in their order), then the matching structures by score, best first (ties keep the
 * matcher's order), never an excluded one (exclusion wins over a target), each once, and at
 * most {@code maxSolicitations} in all, unless the targets alone are more: targets are always
 * solicited.
 */
public final class SolicitationPlanner {

    /** One structure to solicit; score, reasons and distance when it matched. */
    public record Planned(UUID structureId, SolicitationOrigin origin, Integer score, List<String> reasons,
            Double distanceKm) {
    }

    private SolicitationPlanner() {
    }

    public static List<Planned> plan(SourcingRequest request, List<SolicitationCandidates.Candidate> candidates) {
        Set<UUID> excluded = Set.copyOf(Arrays.asList(request.excludedStructureIds));
        Map<UUID, SolicitationCandidates.Candidate> matched = new HashMap<>();
        for (SolicitationCandidates.Candidate candidate : candidates) {
            matched.merge(candidate.structureId(), candidate, (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<Planned> planned = new ArrayList<>();
        Set<UUID> taken = new LinkedHashSet<>();
        for (UUID target : request.targetStructureIds) {
            if (!excluded.contains(target) && taken.add(target)) {
                SolicitationCandidates.Candidate match = matched.get(target);
                planned.add(match == null ? new Planned(target, SolicitationOrigin.TARGETED, null, List.of(), null)
                        : new Planned(target, SolicitationOrigin.TARGETED, match.score(), match.reasons(), match.distanceKm()));
            }
        }
        int room = request.maxSolicitations == null ? Integer.MAX_VALUE
                : Math.max(0, request.maxSolicitations - planned.size());
        candidates.stream()
                .sorted(Comparator.comparingInt(SolicitationCandidates.Candidate::score).reversed())
                .filter(candidate -> !excluded.contains(candidate.structureId()) && taken.add(candidate.structureId()))
                .limit(room)
                .forEach(candidate -> planned.add(new Planned(candidate.structureId(), SolicitationOrigin.MATCHED,
                        candidate.score(), candidate.reasons(), candidate.distanceKm())));
        return planned;
    }
}
