package fr.relanceiae.supply.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of allocation runs. */
public final class AllocationRunViews {

    private AllocationRunViews() {
    }

    @Schema(name = "AllocationRunProductView", description = "One product of a run: available = allocated + left")
    public record ProductView(
            @Schema(required = true) UUID productId,
            @Schema(required = true) String productName,
            @Schema(required = true) String unit,
            @Schema(required = true, description = "Units available when the run was proposed") int available,
            @Schema(required = true) int allocated,
            @Schema(required = true, description = "Units nobody waited for") int left,
            @Schema(required = true, description = "Backordered lines that shared it") int lineCount) {
    }

    @Schema(name = "AllocationRunLineView", description = "What one backordered order line gets")
    public record LineView(
            @Schema(required = true) UUID orderLineId,
            @Schema(required = true) UUID orderId,
            @Schema(required = true) String orderReference,
            @Schema(required = true) UUID structureId,
            @Schema(required = true) String structureName,
            @Schema(required = true) UUID productId,
            @Schema(required = true) String productName,
            @Schema(required = true, description = "The structure's insertion FTE (1 without one)") BigDecimal weight,
            @Schema(required = true, description = "Units it waited for") int need,
            @Schema(required = true, description = "Units it gets") int units) {
    }

    @Schema(name = "AllocationRunLinePage")
    public record LinePage(
            @Schema(required = true, description = "By product name, then most units first") List<LineView> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems) {
    }

    @Schema(name = "AllocationRunView")
    public record RunView(
            @Schema(required = true) UUID id,
            @Schema(required = true) AllocationRunStatus status,
            @Schema(required = true) Instant createdAt,
            String createdByName,
            Instant appliedAt,
            String appliedByName,
            @Schema(required = true, description = "Units to share, all products together") long available,
            @Schema(required = true) long allocated,
            @Schema(required = true) long left,
            @Schema(required = true, description = "Structures that get at least one unit") long structureCount,
            @Schema(required = true) List<ProductView> products,
            @Schema(required = true, description = "The lines, a page at a time") LinePage lines) {
    }

    @Schema(name = "AllocationRunSummary")
    public record Summary(
            @Schema(required = true) UUID id,
            @Schema(required = true) AllocationRunStatus status,
            @Schema(required = true) Instant createdAt,
            String createdByName,
            Instant appliedAt,
            @Schema(required = true) long available,
            @Schema(required = true) long allocated,
            @Schema(required = true) int productCount) {
    }

    @Schema(name = "AllocationRunPage")
    public record RunPage(
            @Schema(required = true) List<Summary> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems) {
    }
}
