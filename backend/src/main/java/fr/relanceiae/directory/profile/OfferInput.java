package fr.relanceiae.directory.profile;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.reference.PrestaType;

/** A catalogue item as written by the API; {@link OfferRules} checks it. */
@Schema(name = "OfferInput")
public record OfferInput(
        @Schema(required = true) @NotBlank @Size(max = OfferRules.MAX_TITLE_LENGTH) String title,
        @Size(max = StructureRules.MAX_DESCRIPTION_LENGTH) String description,
        @Schema(required = true, description = "Sector slug") @NotBlank @Size(max = 100) String sector,
        @Schema(required = true) @NotNull PrestaType prestaType,
        @Schema(description = "\"heure\", \"m²\", \"pièce\", \"repas\"…") @Size(max = OfferRules.MAX_UNIT_LENGTH) String unit,
        @Schema(description = "Indicative price per unit, euros") @DecimalMin("0") @DecimalMax(OfferRules.MAX_PRICE) @Digits(integer = 10, fraction = 2) BigDecimal priceMin,
        @DecimalMin("0") @DecimalMax(OfferRules.MAX_PRICE) @Digits(integer = 10, fraction = 2) BigDecimal priceMax,
        @Schema(description = "Units per month") @Min(0) @Max(OfferRules.MAX_MONTHLY_CAPACITY) Integer monthlyCapacity) {
}
