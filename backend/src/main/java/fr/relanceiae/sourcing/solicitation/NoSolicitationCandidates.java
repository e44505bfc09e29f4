package fr.relanceiae.sourcing.solicitation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.sourcing.request.SourcingRequest;
import io.quarkus.arc.DefaultBean;

/**
 * TEMPORARY, until the matching engine is wired (integration): no structure matches, so
 * publishing solicits only the request's targets. The integration replaces it with a
 * {@link SolicitationCandidates} bean over {@code sourcing.matching.Matcher} (any other bean
 * of the interface wins over this default one).
 */
@DefaultBean
@ApplicationScoped
public class NoSolicitationCandidates implements SolicitationCandidates {

    @Override
    public List<Candidate> candidatesFor(SourcingRequest request) {
        return List.of();
    }
}
