package fr.relanceiae.supply.stock;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The one way stock changes. A caller first {@link #lock locks} the products it will touch (their
 * rows, until the transaction ends: concurrent submissions, cancellations, shipments and
 * allocation runs of one product take turns), decides from the levels it gets, then
 * {@link #record records} each movement: the ledger row and the product's totals are written
 * together, so the totals always equal the sums of the ledger.
 */
@ApplicationScoped
public class StockLedger {

    private final EntityManager entityManager;

    public StockLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The products' stock, their rows locked for the rest of the transaction. Locked in id order, so
     * that two transactions locking overlapping sets never wait on each other in a cycle. Unknown ids
     * are left out of the answer.
     */
    public Map<UUID, StockLevel> lock(Collection<UUID> productIds) {
        Map<UUID, StockLevel> levels = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return levels;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT id, on_hand, reserved FROM product WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .setParameter("ids", productIds.stream().distinct().toList())
                .getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            levels.put(id, new StockLevel(id, ((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return levels;
    }

    /**
     * Reserves, in bulk, the units an allocation run gives its lines ({@code allocation_run_line}):
     * one RESERVATION per product, naming the run (whose lines say which order line got what),
     * and the products' reserved totals moved by the same sums. The products must be locked
     * ({@link #lock}) and the run checked against them: the database refuses a reserved total
     * above what is on hand.
     */
    public void reserveForRun(UUID runId, UUID authorId) {
        entityManager.flush();
        entityManager.createNativeQuery("""
                INSERT INTO stock_movement (product_id, reason, quantity, on_hand_after, reserved_after,
                                            allocation_run_id, author_id, created_at)
                SELECT p.id, 'RESERVATION', given.units, p.on_hand, p.reserved + given.units, ?1, ?2, now()
                FROM (SELECT product_id, sum(units) AS units FROM allocation_run_line
                      WHERE run_id = ?1 AND units > 0 GROUP BY product_id) given
                JOIN product p ON p.id = given.product_id
                ORDER BY p.id""")
                .setParameter(1, runId).setParameter(2, authorId).executeUpdate();
        entityManager.createNativeQuery("""
                UPDATE product p SET reserved = p.reserved + m.quantity
                FROM stock_movement m
                WHERE m.allocation_run_id = ?1 AND m.reason = 'RESERVATION' AND p.id = m.product_id""")
                .setParameter(1, runId).executeUpdate();
    }

    /**
     * Appends a movement to a locked product's ledger and moves its totals.
     *
     * @param quantity signed, as the ledger keeps it (a release or a shipment is negative)
     * @param details the movement's references (order line, shipment, run, source, comment)
     * @throws IllegalStateException when the movement would make a total negative or reserve more
     *         than is on hand: callers check what they may take first
     */
    public StockMovement record(StockLevel level, MovementReason reason, int quantity, UUID authorId,
            Consumer<StockMovement> details) {
        if (quantity == 0) {
            throw new IllegalArgumentException("A movement moves something");
        }
        level.apply(reason.onHandChange(quantity), reason.reservedChange(quantity));
        StockMovement movement = new StockMovement();
        movement.productId = level.productId();
        movement.reason = reason;
        movement.quantity = quantity;
        movement.onHandAfter = level.onHand();
        movement.reservedAfter = level.reserved();
        movement.authorId = authorId;
        movement.createdAt = Instant.now();
        details.accept(movement);
        entityManager.persist(movement);
        entityManager.createNativeQuery("UPDATE product SET on_hand = ?1, reserved = ?2 WHERE id = ?3")
                .setParameter(1, level.onHand())
                .setParameter(2, level.reserved())
                .setParameter(3, level.productId())
                .executeUpdate();
        return movement;
    }
}
