package fr.relanceiae.account.signup;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.account.OrganisationKind;

/** An organisation created by a buyer's sign-up, as facilitators check it. */
@Schema(name = "OrganisationToVerify")
public record OrganisationToVerify(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) OrganisationKind kind,
        @Schema(description = "As given at sign-up") String siret,
        @Schema(required = true, description = "False until a facilitator confirms it") boolean verified,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) long userCount,
        @Schema(required = true, description = "Sourcing requests of the organisation") long requestCount) {
}
