package fr.relanceiae.supply.stock;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StockMovementView", description = "One line of a product's stock ledger")
public record StockMovementView(
        @Schema(required = true) long id,
        @Schema(required = true) MovementReason reason,
        @Schema(required = true, description = "Signed: the change of on hand (RECEIPT, ADJUSTMENT, SHIPMENT) or of "
                + "reserved (RESERVATION, RELEASE)") int quantity,
        @Schema(required = true) int onHandAfter,
        @Schema(required = true) int reservedAfter,
        @Schema(required = true) int availableAfter,
        @Schema(description = "The order the movement is for") UUID orderId,
        @Schema(description = "Its reference, C-00042") String orderReference,
        String structureName,
        UUID allocationRunId,
        String source,
        String comment,
        String authorName,
        @Schema(required = true) Instant createdAt) {
}
