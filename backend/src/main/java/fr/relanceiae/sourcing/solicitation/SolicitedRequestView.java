package fr.relanceiae.sourcing.solicitation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.sourcing.SourcingChannel;

/** What a solicited structure sees of the request (never the other structures, nor the buyer's people). */
@Schema(name = "SolicitedRequestView")
public record SolicitedRequestView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true) SourcingChannel channel,
        @Schema(required = true) String buyerOrganisationName,
        @Schema(required = true) List<String> sectorNames,
        @Schema(required = true, description = "Empty: any") List<PrestaType> prestaTypes,
        @Schema(required = true, description = "The French labels of prestaTypes") List<String> prestaTypeNames,
        @Schema(required = true, description = "Where, in French: department names, or « Commune (rayon 20 km) »") String placeSummary,
        @Schema(description = "Euros") BigDecimal amountMin,
        @Schema(description = "Euros") BigDecimal amountMax,
        @Schema(description = "Answers are accepted until 23:59:59 Paris time that day") LocalDate responseDeadline,
        LocalDate startDate,
        @Schema(required = true) boolean socialClause,
        @Schema(required = true) List<SolicitationAttachmentView> attachments) {
}
