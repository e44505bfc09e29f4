package fr.relanceiae.supply.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A correction of the units on hand after a count (damaged boxes, a miscount), always explained. */
@Schema(name = "AdjustmentInput")
public record AdjustmentInput(
        @Schema(required = true, description = "Units added (positive) or removed (negative); not 0",
                minimum = "-1000000", maximum = "1000000")
        @NotNull @Min(-1_000_000) @Max(1_000_000) Integer quantity,
        @Schema(required = true, maxLength = 1000, example = "Inventaire : 3 boîtes abîmées") @NotBlank @Size(max = 1000) String comment) {
}
