package fr.relanceiae.sourcing.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.sourcing.SourcingChannel;

/**
 * A sourcing request as a buyer, a facilitator or a partner writes it (create and
 * update), and the body of {@code POST /sourcing-requests/potential}, which may be
 * incomplete while the buyer types. Only bounds are checked here; whether it is
 * complete and consistent is checked by the request's rules.
 */
@Schema(name = "SourcingRequestInput")
public record SourcingRequestInput(
        @Schema(required = true, maxLength = 200) @Size(max = 200) String title,
        @Schema(required = true, maxLength = 10000) @Size(max = 10_000) String description,
        @Schema(required = true) SourcingChannel channel,
        @Schema(description = "Required for SUBCONTRACTING: the ongoing contract whose holder is solicited")
        UUID ongoingContractId,
        @Schema(required = true, description = "Sector slugs (GET /sectors); a group slug means all its sectors")
        @Size(max = 100) List<@Size(max = 100) String> sectors,
        @Schema(description = "Presta types; empty means any") @Size(max = 10) List<@Size(max = 30) String> prestaTypes,
        @Schema(description = "Structure kinds; empty means all") @Size(max = 20) List<@Size(max = 10) String> kinds,
        @Schema(description = "The place as department codes; or else give lat, lon and radiusKm")
        @Size(max = 110) List<@Size(max = 3) String> departments,
        @Schema(description = "The place as a point (with lon and radiusKm)") @DecimalMin("-90") @DecimalMax("90") Double lat,
        @DecimalMin("-180") @DecimalMax("180") Double lon,
        @Min(1) @Max(1000) Integer radiusKm,
        @Schema(description = "The point's name for people, e.g. the commune's", maxLength = 200) @Size(max = 200) String placeLabel,
        @Schema(description = "The point's department code; derived from the nearest commune when absent") @Size(max = 3) String department,
        @Schema(description = "Also structures that work nationwide; defaults to false") Boolean includeNationwide,
        @Schema(description = "Euros") @DecimalMin("0") @DecimalMax("999999999999") BigDecimal amountMin,
        @Schema(description = "Euros") @DecimalMin("0") @DecimalMax("999999999999") BigDecimal amountMax,
        @Schema(description = "Answers are accepted until 23:59:59 Paris time that day") LocalDate responseDeadline,
        LocalDate startDate,
        Boolean socialClause,
        @Schema(description = "At most this many structures are solicited, best scores first") @Min(1) @Max(10_000) Integer maxSolicitations,
        @Schema(description = "Solicited on publishing whether or not matching picks them") @Size(max = 200) List<UUID> targetStructureIds,
        @Schema(description = "Never solicited") @Size(max = 1000) List<UUID> excludedStructureIds,
        @Schema(description = "Set from the caller for a buyer; required for a facilitator or a partner") UUID buyerOrganisationId) {
}
