package fr.relanceiae.supply.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of orders. */
public final class SupplyOrderViews {

    private SupplyOrderViews() {
    }

    @Schema(name = "SupplyOrderLineView")
    public record LineView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID productId,
            @Schema(required = true) String productName,
            @Schema(required = true) String unit,
            @Schema(required = true, description = "Units asked") int quantity,
            @Schema(required = true, description = "Units promised to this line (shipped ones included)") int quantityReserved,
            @Schema(required = true, description = "Units waiting for stock") int quantityBackordered,
            @Schema(required = true) int quantityShipped,
            @Schema(required = true) boolean cancelled) {

        static LineView of(SupplyOrderLine line) {
            return new LineView(line.id, line.product.id, line.product.name, line.product.unit, line.quantity,
                    line.quantityReserved, line.quantityBackordered, line.quantityShipped, line.isCancelled());
        }
    }

    @Schema(name = "ShipmentView")
    public record ShipmentView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String carrier,
            String trackingReference,
            @Schema(required = true) LocalDate shippedOn,
            @Schema(required = true) List<ShippedLineView> lines) {
    }

    @Schema(name = "ShippedLineView")
    public record ShippedLineView(@Schema(required = true) UUID lineId, @Schema(required = true) int quantity) {
    }

    @Schema(name = "SupplyOrderEventView")
    public record EventView(
            @Schema(required = true) SupplyOrderEventKind kind,
            String detail,
            @Schema(description = "Who did it; none for the system") String authorName,
            @Schema(required = true) Instant at) {
    }

    @Schema(name = "SupplyOrderView")
    public record OrderView(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "C-00042") String reference,
            @Schema(required = true) SupplyOrderStatus status,
            @Schema(required = true) UUID structureId,
            @Schema(required = true) String structureName,
            @Schema(required = true) List<LineView> lines,
            @Schema(required = true) DeliveryDetails delivery,
            String comment,
            @Schema(required = true) Instant createdAt,
            Instant submittedAt,
            Instant shippedAt,
            Instant deliveredAt,
            Instant cancelledAt,
            @Schema(required = true) List<ShipmentView> shipments,
            @Schema(required = true, description = "Oldest first") List<EventView> events,
            @Schema(required = true) long version) {
    }

    @Schema(name = "SupplyOrderSummary")
    public record Summary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String reference,
            @Schema(required = true) SupplyOrderStatus status,
            @Schema(required = true) UUID structureId,
            @Schema(required = true) String structureName,
            String deliveryCity,
            @Schema(required = true, description = "Lines not cancelled (all of a cancelled order's)") int lineCount,
            @Schema(required = true) int quantity,
            @Schema(required = true) int quantityReserved,
            @Schema(required = true) int quantityBackordered,
            @Schema(required = true) int quantityShipped,
            @Schema(required = true) Instant createdAt,
            Instant submittedAt) {

        static Summary of(SupplyOrder order) {
            // A cancelled order still says what it was for; another counts the lines it still has.
            List<SupplyOrderLine> open = order.status == SupplyOrderStatus.CANCELLED ? order.lines
                    : order.lines.stream().filter(line -> !line.isCancelled()).toList();
            return new Summary(order.id, order.reference(), order.status, order.structure.id, order.structure.name,
                    order.deliveryCity, open.size(), open.stream().mapToInt(line -> line.quantity).sum(),
                    open.stream().mapToInt(line -> line.quantityReserved).sum(),
                    open.stream().mapToInt(line -> line.quantityBackordered).sum(),
                    open.stream().mapToInt(line -> line.quantityShipped).sum(), order.createdAt, order.submittedAt);
        }
    }

    @Schema(name = "SupplyOrderPage")
    public record OrderPage(
            @Schema(required = true) List<Summary> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems) {
    }
}
