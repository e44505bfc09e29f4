package fr.relanceiae.supply.order;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/** Who did what to an order, and when. */
@Entity
@Table(name = "supply_order_event")
public class SupplyOrderEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    public UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public SupplyOrderEventKind kind;

    /** In French, for people: what changed. */
    @Column(updatable = false)
    public String detail;

    @Column(name = "author_id", updatable = false)
    public UUID authorId;

    @Column(nullable = false, updatable = false)
    public Instant at;

    /** Appends an event to the order's history; answers it (written at the next flush). */
    public static SupplyOrderEvent record(UUID orderId, SupplyOrderEventKind kind, UUID authorId, String detail) {
        SupplyOrderEvent event = new SupplyOrderEvent();
        event.orderId = orderId;
        event.kind = kind;
        event.authorId = authorId;
        event.detail = detail;
        // As the database keeps it (microseconds), for an answer that shows the event before reading it back.
        event.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        event.persist();
        return event;
    }
}
