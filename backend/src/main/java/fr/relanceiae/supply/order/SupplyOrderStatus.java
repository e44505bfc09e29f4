package fr.relanceiae.supply.order;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplyOrderStatus", description = "DRAFT → SUBMITTED → RESERVED (all reserved) | PARTIALLY_RESERVED "
        + "| BACKORDERED (nothing reserved yet) → SHIPPED → DELIVERED; CANCELLED before shipment")
public enum SupplyOrderStatus {
    DRAFT,
    SUBMITTED,
    RESERVED,
    PARTIALLY_RESERVED,
    BACKORDERED,
    SHIPPED,
    DELIVERED,
    CANCELLED;

    /** Submitted and not fully shipped: its reservations and backorders are live. */
    public static final Set<SupplyOrderStatus> OPEN = EnumSet.of(SUBMITTED, RESERVED, PARTIALLY_RESERVED, BACKORDERED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
