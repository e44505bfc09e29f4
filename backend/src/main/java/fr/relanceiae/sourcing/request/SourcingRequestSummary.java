package fr.relanceiae.sourcing.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.sourcing.SourcingChannel;
import fr.relanceiae.sourcing.SourcingOutcome;
import fr.relanceiae.sourcing.SourcingStatus;

/** A request in a list. */
@Schema(name = "SourcingRequestSummary")
public record SourcingRequestSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) SourcingChannel channel,
        @Schema(required = true) SourcingStatus status,
        SourcingOutcome outcome,
        @Schema(required = true) UUID buyerOrganisationId,
        @Schema(required = true) String buyerOrganisationName,
        LocalDate responseDeadline,
        @Schema(required = true) boolean deadlinePassed,
        @Schema(description = "The place for people: the point's label with its radius, or the departments' names")
        String placeLabel,
        @Schema(required = true) SolicitationCounts counts,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
