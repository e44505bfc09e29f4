package fr.relanceiae.sourcing.request;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One structure's share of an awarded request. */
@Schema(name = "SourcingAwardView")
public record SourcingAwardView(
        @Schema(required = true) UUID structureId,
        @Schema(required = true) String structureName,
        @Schema(required = true, description = "Euros") BigDecimal amount) {
}
