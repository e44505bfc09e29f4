package fr.relanceiae.sourcing.solicitation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.reference.StructureKind;

/** A solicited structure no e-mail can reach, for a facilitator to call. */
@Schema(name = "UnreachableSolicitation")
public record UnreachableSolicitation(
        @Schema(required = true) UUID id,
        @Schema(required = true) SolicitationStatus status,
        @Schema(required = true) UUID requestId,
        @Schema(required = true) String requestTitle,
        LocalDate responseDeadline,
        @Schema(required = true) boolean deadlinePassed,
        @Schema(required = true) UUID structureId,
        @Schema(required = true) String structureName,
        @Schema(required = true) StructureKind kind,
        String city,
        String department,
        @Schema(required = true) SolicitationContact contact,
        @Schema(required = true) Instant sentAt) {
}
