package fr.relanceiae.supply.order;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplyOrderEventKind", description = "What happened to an order, for its timeline")
public enum SupplyOrderEventKind {
    CREATED,
    UPDATED,
    SUBMITTED,
    ALLOCATED,
    DELIVERY_CHANGED,
    LINE_CANCELLED,
    SHIPPED,
    DELIVERED,
    CANCELLED
}
