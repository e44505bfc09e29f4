package fr.relanceiae.supply.stock;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of the stock ledger: append-only, written by the {@link StockLedger} alone. */
@Entity
@Table(name = "stock_movement")
public class StockMovement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    public UUID productId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MovementReason reason;

    /** The signed change of the total the reason moves (see {@link MovementReason}). */
    @Column(nullable = false, updatable = false)
    public int quantity;

    @Column(name = "on_hand_after", nullable = false, updatable = false)
    public int onHandAfter;

    @Column(name = "reserved_after", nullable = false, updatable = false)
    public int reservedAfter;

    @Column(name = "order_line_id", updatable = false)
    public UUID orderLineId;

    @Column(name = "shipment_id", updatable = false)
    public UUID shipmentId;

    @Column(name = "allocation_run_id", updatable = false)
    public UUID allocationRunId;

    @Column(updatable = false)
    public String source;

    @Column(updatable = false)
    public String comment;

    @Column(name = "author_id", updatable = false)
    public UUID authorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
