package fr.relanceiae.financing.diagnostic;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.financing.compute.Instrument;

/** The instruments a facilitator orients the structure to, why, and when to call it back. */
@Schema(name = "FinancingOrientationInput")
public record FinancingOrientationInput(
        @Schema(required = true, description = "At least one, each once") @NotEmpty @Size(max = 8)
        List<@NotNull Instrument> instruments,
        @Schema(maxLength = 4000, description = "Shown to the structure") @Size(max = 4000) String comment,
        @Schema(description = "When to follow up; today or later") LocalDate followUpDate) {
}
