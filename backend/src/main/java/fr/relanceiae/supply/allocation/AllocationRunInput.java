package fr.relanceiae.supply.allocation;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AllocationRunInput")
public record AllocationRunInput(
        @Schema(required = true, description = "true: propose only (apply it later); false: propose and apply at once")
        @NotNull Boolean dryRun,
        @Schema(description = "The products to share; left out or empty: every product with backorders")
        @Size(max = 200) List<@NotNull UUID> productIds) {
}
