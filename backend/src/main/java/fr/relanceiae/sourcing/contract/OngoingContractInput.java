package fr.relanceiae.sourcing.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ongoing contract as a facilitator writes it (create and update). */
@Schema(name = "OngoingContractInput")
public record OngoingContractInput(
        @Schema(required = true, description = "An active buyer organisation") UUID buyerOrganisationId,
        @Schema(required = true, maxLength = 200) @Size(max = 200) String title,
        @Schema(required = true, maxLength = 200, description = "The company holding the contract") @Size(max = 200)
        String holderName,
        @Schema(maxLength = 30, description = "14 digits (spaces allowed)") @Size(max = 30) String holderSiret,
        @Schema(maxLength = 200) @Size(max = 200) String holderContactName,
        @Schema(maxLength = 254) @Size(max = 254) String holderContactEmail,
        @Schema(maxLength = 30) @Size(max = 30) String holderContactPhone,
        @Schema(description = "Euros") @DecimalMin("0") @DecimalMax("999999999999") BigDecimal amount,
        LocalDate endDate,
        @Schema(description = "Sector or group slugs") @Size(max = 100) List<@Size(max = 100) String> sectors) {
}
