package fr.relanceiae.supply.stock;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StockMovementPage")
public record StockMovementPage(
        @Schema(required = true, description = "Newest first") List<StockMovementView> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {
}
