package fr.relanceiae.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sector of activity. */
public record SectorView(
        @Schema(required = true, description = "Stable identifier", examples = "genie-ecologique") String slug,
        @Schema(required = true) String name) {
}
