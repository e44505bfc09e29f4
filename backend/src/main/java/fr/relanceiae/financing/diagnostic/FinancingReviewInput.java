package fr.relanceiae.financing.diagnostic;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A facilitator takes a submitted diagnostic in hand (or updates the review of one in review). */
@Schema(name = "FinancingReviewInput")
public record FinancingReviewInput(
        @Schema(description = "The facilitator who handles it; left out: the caller") UUID assigneeUserId,
        @Schema(maxLength = 4000, description = "Review notes (not shown to the structure)") @Size(max = 4000) String notes) {
}
