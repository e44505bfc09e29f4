package fr.relanceiae.sourcing.request;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One structure that won (part of) a request, and for how much. */
@Schema(name = "AwardInput")
public record AwardInput(
        @Schema(required = true) UUID structureId,
        @Schema(required = true, description = "Euros") @DecimalMin("0") @DecimalMax("999999999999") BigDecimal amount) {
}
