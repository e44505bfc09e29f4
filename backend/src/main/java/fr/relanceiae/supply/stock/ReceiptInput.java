package fr.relanceiae.supply.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stock received: how many units, from where (a donation, a purchase…). */
@Schema(name = "ReceiptInput")
public record ReceiptInput(
        @Schema(required = true, minimum = "1", maximum = "1000000") @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @Schema(required = true, maxLength = 200, example = "Don de la Région Île-de-France") @NotBlank @Size(max = 200) String source,
        @Schema(maxLength = 1000) @Size(max = 1000) String comment) {
}
