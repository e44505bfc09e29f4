package fr.relanceiae.supply.stock;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why the stock of a product moved, and so which of its totals the movement's signed quantity changes:
 * on hand (RECEIPT, ADJUSTMENT, SHIPMENT) or reserved (RESERVATION, RELEASE); a SHIPMENT takes
 * reserved units out of the stock, so it lowers both.
 */
@Schema(name = "MovementReason", description = "RECEIPT: stock received (donation or purchase); RESERVATION: units "
        + "promised to an order line; RELEASE: a promise given back (cancellation); ADJUSTMENT: a correction after a "
        + "count, with a comment; SHIPMENT: units sent to a structure")
public enum MovementReason {
    RECEIPT(1, 0),
    RESERVATION(0, 1),
    RELEASE(0, 1),
    ADJUSTMENT(1, 0),
    SHIPMENT(1, 1);

    private final int onHandFactor;
    private final int reservedFactor;

    MovementReason(int onHandFactor, int reservedFactor) {
        this.onHandFactor = onHandFactor;
        this.reservedFactor = reservedFactor;
    }

    int onHandChange(int quantity) {
        return onHandFactor * quantity;
    }

    int reservedChange(int quantity) {
        return reservedFactor * quantity;
    }
}
