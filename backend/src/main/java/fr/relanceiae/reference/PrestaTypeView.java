package fr.relanceiae.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kind of service with its French label. */
public record PrestaTypeView(
        @Schema(required = true) PrestaType code,
        @Schema(required = true) String label) {
}
