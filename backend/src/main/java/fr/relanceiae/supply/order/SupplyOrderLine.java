package fr.relanceiae.supply.order;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.relanceiae.supply.product.Product;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One product of an order. Once submitted, an open line has {@code quantityReserved +
 * quantityBackordered == quantity}; shipped units come out of the reserved ones. A cancelled line
 * has given back what it held: nothing reserved beyond what left, nothing backordered.
 */
@Entity
@Table(name = "supply_order_line")
public class SupplyOrderLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    public SupplyOrder order;

    @Column(nullable = false)
    public int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    public Product product;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "quantity_reserved", nullable = false)
    public int quantityReserved;

    @Column(name = "quantity_backordered", nullable = false)
    public int quantityBackordered;

    @Column(name = "quantity_shipped", nullable = false)
    public int quantityShipped;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** Reserved and still in stock: what may ship now. */
    public int shippable() {
        return quantityReserved - quantityShipped;
    }

    /** Nothing more to wait for or to send. */
    public boolean isSettled() {
        return isCancelled() || (quantityBackordered == 0 && quantityShipped == quantityReserved);
    }
}
