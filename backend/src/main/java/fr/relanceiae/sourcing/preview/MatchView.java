package fr.relanceiae.sourcing.preview;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.reference.StructureKind;

/** A structure that matches a request, in the match preview, with what a facilitator did about it. */
@Schema(name = "MatchView")
public record MatchView(
        @Schema(required = true) UUID structureId,
        @Schema(required = true) String name,
        @Schema(required = true) StructureKind kind,
        @Schema(required = true, description = "0 to 100") int score,
        @Schema(required = true, description = "Why it matches, in French") List<String> reasons,
        @Schema(description = "From the request's point, in km; absent for departments") Double distanceKm,
        @Schema(required = true, description = "It has a user or a contact e-mail: the solicitation reaches it") boolean reachable,
        @Schema(required = true, description = "Named by the request: solicited whether or not it matches") boolean targeted,
        @Schema(required = true, description = "Excluded by the request: never solicited") boolean excluded,
        @Schema(required = true, description = "Already solicited (and not removed)") boolean solicited) {
}
