package fr.relanceiae.supply.stock;

import java.util.UUID;

/**
 * A product's stock as its locked row holds it, kept up to date by the {@link StockLedger} as it
 * records movements in the same transaction.
 */
public final class StockLevel {

    private final UUID productId;
    private int onHand;
    private int reserved;

    StockLevel(UUID productId, int onHand, int reserved) {
        this.productId = productId;
        this.onHand = onHand;
        this.reserved = reserved;
    }

    public UUID productId() {
        return productId;
    }

    public int onHand() {
        return onHand;
    }

    public int reserved() {
        return reserved;
    }

    /** What can be reserved now: never negative. */
    public int available() {
        return onHand - reserved;
    }

    void apply(int onHandChange, int reservedChange) {
        int newOnHand = onHand + onHandChange;
        int newReserved = reserved + reservedChange;
        if (newOnHand < 0 || newReserved < 0 || newReserved > newOnHand) {
            throw new IllegalStateException("Stock of " + productId + " would become on hand " + newOnHand
                    + ", reserved " + newReserved);
        }
        onHand = newOnHand;
        reserved = newReserved;
    }
}
