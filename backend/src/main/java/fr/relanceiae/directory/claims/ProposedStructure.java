package fr.relanceiae.directory.claims;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.reference.StructureKind;

/** What a claim's person proposed for a structure missing from the directory. */
@Schema(name = "ProposedStructure")
public record ProposedStructure(
        @Schema(required = true) String name,
        @Schema(required = true) StructureKind kind,
        @Schema(required = true) String address,
        @Schema(required = true) String postcode,
        @Schema(required = true) String city) {
}
