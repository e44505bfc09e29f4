package fr.relanceiae.supply.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A parcel sent for an order: some units of some of its lines. An order may ship in several. */
@Entity
@Table(name = "supply_shipment")
public class SupplyShipment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    public UUID orderId;

    @Column(nullable = false)
    public String carrier;

    @Column(name = "tracking_reference")
    public String trackingReference;

    @Column(name = "shipped_on", nullable = false)
    public LocalDate shippedOn;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "supply_shipment_line", joinColumns = @JoinColumn(name = "shipment_id"))
    public List<ShippedUnits> lines = new ArrayList<>();

    @Embeddable
    public static class ShippedUnits {
        @Column(name = "order_line_id", nullable = false)
        public UUID orderLineId;

        @Column(nullable = false)
        public int quantity;

        public ShippedUnits() {
        }

        public ShippedUnits(UUID orderLineId, int quantity) {
            this.orderLineId = orderLineId;
            this.quantity = quantity;
        }
    }
}
