package fr.relanceiae.sourcing.preview;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ranked candidates of a request, best first: the first {@code limit}, and how many there are. */
@Schema(name = "MatchPreview")
public record MatchPreview(
        @Schema(required = true, description = "How many structures match (excluded ones included)") int total,
        @Schema(required = true, description = "How many of them a solicitation reaches") int reachable,
        @Schema(required = true) List<MatchView> items) {
}
