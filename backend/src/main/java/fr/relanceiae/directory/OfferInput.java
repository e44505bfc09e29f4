package fr.relanceiae.directory;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.reference.PrestaType;

/** A catalogue item as written by the API. */
@Schema(name = "OfferInput")
public record OfferInput(
        @Schema(required = true) @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String description,
        @Schema(required = true, description = "Sector slug") @NotBlank String sector,
        @Schema(required = true) @NotNull PrestaType prestaType,
        @Schema(description = "\"heure\", \"m²\", \"pièce\", \"repas\"…") @Size(max = 50) String unit,
        @Schema(description = "Indicative price per unit, euros") @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal priceMin,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal priceMax,
        @Schema(description = "Units per month") @Min(0) Integer monthlyCapacity) {
}
