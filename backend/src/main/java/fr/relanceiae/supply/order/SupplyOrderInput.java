package fr.relanceiae.supply.order;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order as a structure (or a facilitator for it) writes it: a draft, created or rewritten. */
@Schema(name = "SupplyOrderInput")
public record SupplyOrderInput(
        @Schema(description = "The ordering structure: one of the caller's organisation's (may be left out when it has "
                + "only one); required for a facilitator") UUID structureId,
        @Schema(description = "One line per product") @Size(max = 50) List<@Valid @NotNull SupplyOrderLineInput> lines,
        @Schema(description = "Where to deliver; left out, the structure's address and contact are taken")
        @Valid DeliveryDetails delivery,
        @Schema(maxLength = 2000, description = "For the support group (opening hours, access…)") @Size(max = 2000) String comment) {
}
