package fr.relanceiae.sourcing.matching;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How often structures answered past solicitations, 0 (never) to 1 (always), for the score. The
 * solicitations implement it from their table
 * ({@code sourcing.solicitation.AnswerRateResponsiveness}); a structure without history is {@link #NEUTRAL}.
 */
public interface Responsiveness {

    /** A structure without history: neither favoured nor held back. */
    double NEUTRAL = 0.5;

    /** The rate of each of these structures that has a history; those left out are {@link #NEUTRAL}. */
    Map<UUID, Double> rates(Collection<UUID> structureIds);
}
