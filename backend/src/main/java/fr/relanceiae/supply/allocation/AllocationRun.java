package fr.relanceiae.supply.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A proposal of how to share products' available stock among their backorders, applied at most
 * once. Its lines (one per backordered order line, possibly hundreds of thousands) are written
 * and read in bulk by {@link AllocationRunService}, not through this entity.
 */
@Entity
@Table(name = "allocation_run")
public class AllocationRun extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AllocationRunStatus status = AllocationRunStatus.PROPOSED;

    /** The products asked for; empty: every product with backorders when proposed. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "product_ids", columnDefinition = "uuid[]", nullable = false)
    public UUID[] productIds = new UUID[0];

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "applied_by")
    public UUID appliedBy;

    @Column(name = "applied_at")
    public Instant appliedAt;

    /** Structures the run gives at least one unit. */
    @Column(name = "structure_count", nullable = false)
    public int structureCount;

    /** Per product: the stock shared (available when proposed) and how much of it the run gives. */
    @ElementCollection
    @CollectionTable(name = "allocation_run_product", joinColumns = @JoinColumn(name = "run_id"))
    @OrderBy("productId")
    public List<ProductShare> products = new ArrayList<>();

    /** The backordered lines the run shared among, all products together. */
    public long lineCount() {
        return products.stream().mapToLong(share -> share.lineCount).sum();
    }

    @Embeddable
    public static class ProductShare {
        @Column(name = "product_id", nullable = false)
        public UUID productId;

        @Column(nullable = false)
        public int available;

        @Column(nullable = false)
        public int allocated;

        /** Backordered lines that shared it. */
        @Column(name = "line_count", nullable = false)
        public int lineCount;

        public ProductShare() {
        }

        ProductShare(UUID productId, int available, int allocated, int lineCount) {
            this.productId = productId;
            this.available = available;
            this.allocated = allocated;
            this.lineCount = lineCount;
        }
    }
}
