package fr.relanceiae.sourcing.matching;

import java.util.List;
import java.util.UUID;

import fr.relanceiae.reference.StructureKind;

/**
 * A structure that matches a need, as the match preview and the solicitations list it.
 *
 * @param score      0 to 100 ({@link MatchScore})
 * @param reasons    in French ({@link MatchReasons})
 * @param distanceKm from the need's point, to 0.1 km; null for departments or without coordinates
 * @param reachable  it has at least one active user in its organisation or a contact e-mail: a
 *                   solicitation can reach it (else facilitators call it)
 */
public record Match(UUID structureId, String name, StructureKind kind, int score, List<String> reasons,
        Double distanceKm, boolean reachable) {
}
