package fr.relanceiae.directory.claims;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfirmedStructureClaim")
public record ConfirmedStructureClaim(
        @Schema(required = true) UUID structureId,
        @Schema(required = true) String structureName) {
}
