package fr.relanceiae.sourcing.preview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.sourcing.matching.Recommendation;

/** How many structures could answer a need being written, and what the buyer is advised to do. */
@Schema(name = "SourcingPotential")
public record SourcingPotential(
        @Schema(required = true) int matching,
        @Schema(required = true, description = "How many of them a solicitation reaches") int reachable,
        @Schema(required = true) Recommendation.Kind recommendation,
        @Schema(required = true, description = "Why, in French") String reason) {
}
