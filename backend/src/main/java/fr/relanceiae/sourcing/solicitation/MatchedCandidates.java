package fr.relanceiae.sourcing.solicitation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.sourcing.matching.Matcher;
import fr.relanceiae.sourcing.request.RequestCriteria;
import fr.relanceiae.sourcing.request.SourcingRequest;

/** Publishing solicits the structures the matching engine finds, its exclusions applied. */
@ApplicationScoped
public class MatchedCandidates implements SolicitationCandidates {

    private final Matcher matcher;

    public MatchedCandidates(Matcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public List<Candidate> candidatesFor(SourcingRequest request) {
        return matcher.match(RequestCriteria.of(request, true)).stream()
                .map(match -> new Candidate(match.structureId(), match.score(), match.reasons(), match.distanceKm()))
                .toList();
    }
}
