package fr.relanceiae.supply.product;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.persistence.NativeValues;
import fr.relanceiae.shared.paging.PagingQuery;
import fr.relanceiae.shared.persistence.UniqueKeys;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ETags;
import fr.relanceiae.supply.order.SupplyMails;
import fr.relanceiae.supply.order.SupplyOrder;
import fr.relanceiae.supply.stock.AdjustmentInput;
import fr.relanceiae.supply.stock.MovementReason;
import fr.relanceiae.supply.stock.ReceiptInput;
import fr.relanceiae.supply.stock.StockLedger;
import fr.relanceiae.supply.stock.StockLevel;
import fr.relanceiae.supply.stock.StockMovement;
import fr.relanceiae.supply.stock.StockMovementPage;
import fr.relanceiae.supply.stock.StockMovementView;

/** The catalogue of products, their stock and its ledger: receipts and adjustments are recorded here. */
@ApplicationScoped
public class ProductService {

    static final String NOT_FOUND = "Produit introuvable.";
    private static final String DUPLICATE_SKU = "Un autre produit porte déjà cette référence.";

    private final EntityManager entityManager;
    private final StockLedger ledger;
    private final CallerContext caller;
    private final SupplyMails mails;

    public ProductService(EntityManager entityManager, StockLedger ledger, CallerContext caller, SupplyMails mails) {
        this.entityManager = entityManager;
        this.ledger = ledger;
        this.caller = caller;
        this.mails = mails;
    }

    /** In name order; inactive ones only for those who run the stock (a structure orders from the active ones). */
    public List<ProductView> list(boolean includeInactive) {
        boolean staff = caller.hasRole(Roles.FACILITATOR) || caller.hasRole(Roles.ADMIN);
        List<Product> products = includeInactive && staff ? Product.list("order by name, sku")
                : Product.list("active = true order by name, sku");
        Map<UUID, Long> backordered = backordered(products.stream().map(product -> product.id).toList());
        return products.stream().map(product -> ProductView.of(product, backordered.getOrDefault(product.id, 0L))).toList();
    }

    public ProductView get(UUID id) {
        Product product = require(id);
        boolean staff = caller.hasRole(Roles.FACILITATOR) || caller.hasRole(Roles.ADMIN);
        if (!product.active && !staff) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return view(product);
    }

    @Transactional
    public ProductView create(ProductInput input) {
        Product product = new Product();
        product.id = UUID.randomUUID();
        write(product, input);
        product.persist();
        UniqueKeys.flushOrConflict(UniqueKeys.PRODUCT_SKU, "sku", DUPLICATE_SKU);
        return view(product);
    }

    @Transactional
    public ProductView update(UUID id, String ifMatch, ProductInput input) {
        Product product = require(id);
        ETags.check(ifMatch, product.version);
        write(product, input);
        UniqueKeys.flushOrConflict(UniqueKeys.PRODUCT_SKU, "sku", DUPLICATE_SKU);
        return view(product);
    }

    /**
     * Stock arrives. When orders wait for this product, the facilitators are told, so that they
     * share it with an allocation run (it is not given to the backorders by itself: the run is
     * where the sharing is checked and decided).
     */
    @Transactional
    public StockMovementView receive(UUID id, ReceiptInput input) {
        StockLevel level = lock(id);
        StockMovement movement = ledger.record(level, MovementReason.RECEIPT, input.quantity(), caller.requireUserId(),
                receipt -> {
                    receipt.source = input.source().strip();
                    receipt.comment = blankToNull(input.comment());
                });
        long backordered = backordered(id);
        if (backordered > 0) {
            mails.stockReceivedForBackorders(Product.<Product>findById(id).name, input.quantity(), backordered);
        }
        return movement(movement.id);
    }

    /** A correction after a count; it may not take away units that are promised to orders (409). */
    @Transactional
    public StockMovementView adjust(UUID id, AdjustmentInput input) {
        if (input.quantity() == 0) {
            throw ProblemException.invalidField("quantity", "Un ajustement ajoute ou retire au moins une unité.");
        }
        StockLevel level = lock(id);
        if (level.available() + input.quantity() < 0) {
            throw ProblemException.conflictOnField("quantity", "Seules " + level.available() + " unité(s) sont "
                    + "disponibles : les autres sont réservées pour des commandes. Annulez d'abord des réservations, "
                    + "ou retirez moins.");
        }
        StockMovement movement = ledger.record(level, MovementReason.ADJUSTMENT, input.quantity(), caller.requireUserId(),
                adjustment -> adjustment.comment = input.comment().strip());
        return movement(movement.id);
    }

    public StockMovementPage movements(UUID id, PagingQuery page) {
        require(id);
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM stock_movement WHERE product_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        List<StockMovementView> items = movementViews("m.product_id = ?1 ORDER BY m.id DESC LIMIT ?2 OFFSET ?3",
                id, page.size, (long) page.page * page.size);
        return new StockMovementPage(items, page.page, page.size, total);
    }

    private StockMovementView movement(long movementId) {
        entityManager.flush();
        return movementViews("m.id = ?1", movementId).get(0);
    }

    @SuppressWarnings("unchecked")
    private List<StockMovementView> movementViews(String condition, Object... parameters) {
        var query = entityManager.createNativeQuery("""
                SELECT m.id, m.reason, m.quantity, m.on_hand_after, m.reserved_after, o.id, o.number, s.name,
                       m.allocation_run_id, m.source, m.comment, u.display_name, m.created_at
                FROM stock_movement m
                LEFT JOIN supply_order_line l ON l.id = m.order_line_id
                LEFT JOIN supply_order o ON o.id = l.order_id
                LEFT JOIN structure s ON s.id = o.structure_id
                LEFT JOIN app_user u ON u.id = m.author_id
                WHERE\s""" + condition);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(row -> {
            int onHand = ((Number) row[3]).intValue();
            int reserved = ((Number) row[4]).intValue();
            return new StockMovementView(((Number) row[0]).longValue(), MovementReason.valueOf((String) row[1]),
                    ((Number) row[2]).intValue(), onHand, reserved, onHand - reserved, (UUID) row[5],
                    row[6] == null ? null : SupplyOrder.reference(((Number) row[6]).longValue()), (String) row[7],
                    (UUID) row[8], (String) row[9], (String) row[10], (String) row[11], NativeValues.instant(row[12]));
        }).toList();
    }


    private StockLevel lock(UUID id) {
        StockLevel level = ledger.lock(List.of(id)).get(id);
        if (level == null) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return level;
    }

    private static Product require(UUID id) {
        Product product = Product.findById(id);
        if (product == null) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return product;
    }

    private ProductView view(Product product) {
        return ProductView.of(product, backordered(product.id));
    }

    /** The units waiting for stock of one product (0 when none wait). */
    private long backordered(UUID productId) {
        return backordered(List.of(productId)).getOrDefault(productId, 0L);
    }

    /**
     * Units waiting for stock, by product, for these products only (one query, whatever their
     * number): the backorders of open lines. A line with a backorder is never cancelled nor wholly
     * shipped; saying so lets the query use the partial index of the lines still to ship (V26).
     * Products nothing waits for are left out of the answer.
     */
    @SuppressWarnings("unchecked")
    private Map<UUID, Long> backordered(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT product_id, sum(quantity_backordered) FROM supply_order_line
                WHERE product_id IN (:ids) AND quantity_backordered > 0
                  AND cancelled_at IS NULL AND quantity_shipped < quantity
                GROUP BY product_id""").setParameter("ids", productIds).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).longValue()));
    }

    private static void write(Product product, ProductInput input) {
        product.sku = input.sku().strip();
        product.name = input.name().strip();
        product.unit = input.unit().strip();
        product.maxPerOrder = input.maxPerOrder();
        product.active = input.active() == null || input.active();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
