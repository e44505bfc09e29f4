package fr.relanceiae.supply.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product as a facilitator or an admin writes it (create and update). Stock is not written here. */
@Schema(name = "ProductInput")
public record ProductInput(
        @Schema(required = true, maxLength = 40, description = "The product's reference: letters, digits, - _ . /")
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._/-]*$",
                message = "lettres, chiffres et - _ . / seulement, sans espace") String sku,
        @Schema(required = true, maxLength = 200, example = "Masque FFP2 — boîte de 20") @NotBlank @Size(max = 200) String name,
        @Schema(required = true, maxLength = 40, example = "boîte") @NotBlank @Size(max = 40) String unit,
        @Schema(description = "At most this many units per order; none: no limit") @Min(1) @Max(1_000_000) Integer maxPerOrder,
        @Schema(description = "An inactive product cannot be ordered any more; defaults to true") Boolean active) {
}
