package fr.relanceiae.sourcing.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.sourcing.SourcingChannel;
import fr.relanceiae.sourcing.SourcingOutcome;
import fr.relanceiae.sourcing.SourcingStatus;

/** A sourcing request as its readers see it; its version is also the ETag. */
@Schema(name = "SourcingRequestView")
public record SourcingRequestView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true) SourcingChannel channel,
        @Schema(required = true) SourcingStatus status,
        @Schema(description = "Set once CLOSED") SourcingOutcome outcome,
        UUID ongoingContractId,
        @Schema(required = true, description = "Sector or group slugs, as given") List<String> sectors,
        @Schema(required = true) List<PrestaType> prestaTypes,
        @Schema(required = true, description = "Empty: all kinds") List<StructureKind> kinds,
        @Schema(required = true, description = "Department codes, when the place is a list of departments")
        List<String> departments,
        Double lat,
        Double lon,
        Integer radiusKm,
        String placeLabel,
        @Schema(description = "The point's department code") String department,
        @Schema(required = true) boolean includeNationwide,
        BigDecimal amountMin,
        BigDecimal amountMax,
        @Schema(description = "Answers are accepted until 23:59:59 Paris time that day") LocalDate responseDeadline,
        LocalDate startDate,
        @Schema(required = true) boolean socialClause,
        Integer maxSolicitations,
        @Schema(required = true) List<UUID> targetStructureIds,
        @Schema(required = true) List<UUID> excludedStructureIds,
        @Schema(required = true) UUID buyerOrganisationId,
        @Schema(required = true) String buyerOrganisationName,
        @Schema(required = true, description = "The person's display name, or the partner client's name") String authorName,
        @Schema(description = "The person who wrote it; null when a partner client did. Only its author, among "
                + "facilitators, may submit it") UUID authorUserId,
        @Schema(description = "Why a facilitator sent it back to draft (the last time)") String returnReason,
        @Schema(required = true) List<SourcingAttachmentView> attachments,
        @Schema(required = true, description = "Who won and for how much, when AWARDED") List<SourcingAwardView> awards,
        @Schema(required = true) SolicitationCounts counts,
        @Schema(required = true, description = "The response deadline is over (Paris time)") boolean deadlinePassed,
        Instant submittedAt,
        Instant publishedAt,
        Instant closedAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Also sent as the ETag") long version) {
}
