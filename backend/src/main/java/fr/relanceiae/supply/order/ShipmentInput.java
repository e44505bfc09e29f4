package fr.relanceiae.supply.order;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A parcel sent: by whom, when, and how many units of which lines (at most what each has reserved). */
@Schema(name = "ShipmentInput")
public record ShipmentInput(
        @Schema(required = true, maxLength = 100, example = "La Poste Colissimo") @NotBlank @Size(max = 100) String carrier,
        @Schema(maxLength = 100) @Size(max = 100) String trackingReference,
        @Schema(description = "Defaults to today (Paris time); never in the future") LocalDate shippedOn,
        @Schema(required = true) @NotEmpty @Size(max = 50) List<@Valid @NotNull Line> lines) {

    @Schema(name = "ShipmentLineInput")
    public record Line(
            @Schema(required = true) @NotNull UUID lineId,
            @Schema(required = true, minimum = "1") @NotNull @Min(1) @Max(100_000) Integer quantity) {
    }
}
