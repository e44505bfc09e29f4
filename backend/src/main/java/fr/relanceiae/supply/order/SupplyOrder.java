package fr.relanceiae.supply.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.shared.persistence.VersionedEntity;

/** A structure's order of sanitary supplies. */
@Entity
@Table(name = "supply_order")
public class SupplyOrder extends VersionedEntity {

    @Id
    public UUID id;

    /** For people, as {@link #reference()}; from a sequence, never reused. */
    @Column(nullable = false, updatable = false)
    public long number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "structure_id", nullable = false)
    public Structure structure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupplyOrderStatus status = SupplyOrderStatus.DRAFT;

    @Column(name = "delivery_address")
    public String deliveryAddress;

    @Column(name = "delivery_post_code")
    public String deliveryPostCode;

    @Column(name = "delivery_city")
    public String deliveryCity;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    public String comment;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SupplyOrderLine> lines = new ArrayList<>();

    /** « C-00042 »: how people name an order. */
    public String reference() {
        return reference(number);
    }

    public static String reference(long number) {
        return "C-%05d".formatted(number);
    }

    /**
     * A change of the lines only (rewritten, cancelled, shipped) is a change of the order: the
     * lines' rows do not move the order's version, so its row is touched for its version, and
     * thus its ETag, to move (else a stale If-Match would still match after a rewrite).
     */
    void linesChanged(Instant now) {
        updatedAt = now;
    }

    /** An order whose lines were all shipped yet: nothing may be cancelled any more. */
    public boolean hasShipped() {
        return lines.stream().anyMatch(line -> line.quantityShipped > 0);
    }

    /**
     * The status an open order's lines give it: CANCELLED when every line is, SHIPPED when every
     * line is settled, else by what is reserved (ever, shipped included) and backordered.
     */
    void settleStatus(Instant now) {
        if (!status.isOpen()) {
            return;
        }
        List<SupplyOrderLine> open = lines.stream().filter(line -> !line.isCancelled()).toList();
        if (open.isEmpty()) {
            status = SupplyOrderStatus.CANCELLED;
            cancelledAt = now;
        } else if (open.stream().allMatch(SupplyOrderLine::isSettled)) {
            status = SupplyOrderStatus.SHIPPED;
            shippedAt = now;
        } else if (open.stream().allMatch(line -> line.quantityBackordered == 0)) {
            status = SupplyOrderStatus.RESERVED;
        } else if (open.stream().allMatch(line -> line.quantityReserved == 0)) {
            status = SupplyOrderStatus.BACKORDERED;
        } else {
            status = SupplyOrderStatus.PARTIALLY_RESERVED;
        }
    }
}
