package fr.relanceiae.sourcing.solicitation;

import java.util.List;
import java.util.UUID;

import fr.relanceiae.sourcing.request.SourcingRequest;

/**
 * The structures matching a request, best first, as publishing solicits them. The matching
 * engine provides it (integration); until then {@link NoSolicitationCandidates}.
 */
public interface SolicitationCandidates {

    /** A matching structure with what the solicitation keeps of the match. */
    record Candidate(UUID structureId, int score, List<String> reasons, Double distanceKm) {

        public Candidate {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    List<Candidate> candidatesFor(SourcingRequest request);
}
