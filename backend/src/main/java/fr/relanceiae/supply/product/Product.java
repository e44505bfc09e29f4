package fr.relanceiae.supply.product;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.relanceiae.shared.persistence.VersionedEntity;

/**
 * A product of the catalogue. Its stock totals are read here but only ever written by the
 * {@link fr.relanceiae.supply.stock.StockLedger} (with the movement that explains them), so
 * they are not updatable through the entity.
 */
@Entity
@Table(name = "product")
public class Product extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, length = 40)
    public String sku;

    @Column(nullable = false, length = 200)
    public String name;

    /** What one unit is, for people: « boîte de 50 », « flacon »… */
    @Column(nullable = false, length = 40)
    public String unit;

    @Column(name = "max_per_order")
    public Integer maxPerOrder;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "on_hand", insertable = false, updatable = false)
    public int onHand;

    @Column(name = "reserved", insertable = false, updatable = false)
    public int reserved;
}
