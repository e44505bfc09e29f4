package fr.relanceiae.sourcing.solicitation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.sourcing.SourcingChannel;

/** A solicitation in the inbox of a siae organisation. */
@Schema(name = "SolicitationInboxItem")
public record SolicitationInboxItem(
        @Schema(required = true) UUID id,
        @Schema(required = true) SolicitationStatus status,
        @Schema(required = true, description = "Never opened yet") boolean unread,
        @Schema(required = true) UUID structureId,
        @Schema(required = true) String structureName,
        @Schema(required = true) UUID requestId,
        @Schema(required = true) String title,
        @Schema(required = true) SourcingChannel channel,
        @Schema(required = true) String buyerOrganisationName,
        LocalDate responseDeadline,
        @Schema(required = true, description = "Past 23:59:59 Paris time of the deadline: no answer is accepted") boolean deadlinePassed,
        @Schema(required = true, description = "Where, in French: department names, or « Commune (rayon 20 km) »") String placeSummary,
        @Schema(required = true) List<String> sectorNames,
        @Schema(required = true) Instant sentAt,
        Instant answeredAt) {
}
