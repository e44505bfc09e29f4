package fr.relanceiae.sourcing.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ongoing contract; its version is also the ETag. */
@Schema(name = "OngoingContractView")
public record OngoingContractView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID buyerOrganisationId,
        @Schema(required = true) String buyerOrganisationName,
        @Schema(required = true) String title,
        @Schema(required = true) String holderName,
        String holderSiret,
        String holderContactName,
        String holderContactEmail,
        String holderContactPhone,
        BigDecimal amount,
        LocalDate endDate,
        @Schema(required = true) List<String> sectors,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Also sent as the ETag") long version) {
}
