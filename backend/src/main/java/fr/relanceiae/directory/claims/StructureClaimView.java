package fr.relanceiae.directory.claims;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's request to act for a structure, as facilitators see it. */
@Schema(name = "StructureClaim")
public record StructureClaimView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String personName,
        @Schema(required = true) String personEmail,
        @Schema(required = true, description = "Whether the person followed the link of their sign-up e-mail")
        boolean personEmailVerified,
        @Schema(required = true) String siret,
        @Schema(required = true) UUID structureId,
        @Schema(required = true) String structureName,
        @Schema(description = "The structure's contact e-mail, if the directory has one") String structureEmail,
        @Schema(description = "Set when the person proposed the structure (it stays inactive until accepted)")
        ProposedStructure proposal,
        @Schema(required = true) ClaimMethod method,
        @Schema(required = true) ClaimStatus status,
        @Schema(description = "Why it was refused") String refusalReason,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When it was accepted or refused") Instant decidedAt) {
}
