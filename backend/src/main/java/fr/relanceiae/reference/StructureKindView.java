package fr.relanceiae.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kind of inclusion structure with its French label and description. */
public record StructureKindView(
        @Schema(required = true) StructureKind code,
        @Schema(required = true) String label,
        @Schema(required = true) String description) {
}
