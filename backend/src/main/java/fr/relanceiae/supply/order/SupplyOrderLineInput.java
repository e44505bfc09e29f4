package fr.relanceiae.supply.order;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplyOrderLineInput")
public record SupplyOrderLineInput(
        @Schema(required = true) @NotNull UUID productId,
        @Schema(required = true, minimum = "1", maximum = "100000", description = "Units asked (boxes, bottles…)")
        @NotNull @Min(1) @Max(100_000) Integer quantity) {
}
