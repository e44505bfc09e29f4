package fr.relanceiae.supply.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.directory.profile.StructureRecipients;
import fr.relanceiae.shared.database.BinaryCopy;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.outbox.OutgoingMail;
import fr.relanceiae.shared.paging.PagingQuery;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.supply.allocation.AllocationRunViews.LinePage;
import fr.relanceiae.supply.allocation.AllocationRunViews.LineView;
import fr.relanceiae.supply.allocation.AllocationRunViews.ProductView;
import fr.relanceiae.supply.allocation.AllocationRunViews.RunPage;
import fr.relanceiae.supply.allocation.AllocationRunViews.RunView;
import fr.relanceiae.supply.allocation.AllocationRunViews.Summary;
import fr.relanceiae.supply.order.SupplyMails;
import fr.relanceiae.supply.order.SupplyOrder;
import fr.relanceiae.supply.product.Product;
import fr.relanceiae.supply.stock.StockLedger;
import fr.relanceiae.supply.stock.StockLevel;

/**
 * Allocation runs: when stock has come in, each product's available units are shared among its
 * backordered lines by {@link FairShare}. A run is first a proposal, saved with the stock and the
 * needs it was computed from; applying it checks, under the products' row locks, that neither has
 * changed since (else 409: propose again), then reserves the units. Two runs applied at once take
 * turns on those locks, and the second finds the stock changed: never a unit given twice.
 *
 * <p>A run may cover hundreds of thousands of lines, so they are read, written and applied in bulk
 * SQL rather than as entities.
 */
@ApplicationScoped
public class AllocationRunService {

    static final String NOT_FOUND = "Répartition introuvable.";
    static final String STALE = "Le stock ou les commandes en attente ont changé depuis cette proposition : "
            + "proposez une nouvelle répartition.";
    /**
     * The backordered lines a run shares among (as tables and as a condition, for the queries that
     * join more): not cancelled, of an open order (SupplyOrderStatus.OPEN). A backordered line is
     * never all shipped; saying so lets PostgreSQL use the index of the lines still to ship (V26).
     */
    private static final String BACKORDER_TABLES = "supply_order_line l JOIN supply_order o ON o.id = l.order_id";
    private static final String OPEN_ORDER = "o.status IN ('SUBMITTED', 'RESERVED', 'PARTIALLY_RESERVED', 'BACKORDERED')";
    private static final String BACKORDER_CONDITION = "l.quantity_backordered > 0 AND l.cancelled_at IS NULL"
            + " AND l.quantity_shipped < l.quantity AND " + OPEN_ORDER;

    private final EntityManager entityManager;
    private final StockLedger ledger;
    private final CallerContext caller;
    private final SupplyMails mails;

    public AllocationRunService(EntityManager entityManager, StockLedger ledger, CallerContext caller, SupplyMails mails) {
        this.entityManager = entityManager;
        this.ledger = ledger;
        this.caller = caller;
        this.mails = mails;
    }

    /** A backordered line as the run shares among: its need, its order's submission, number and structure. */
    private record Backorder(UUID lineId, UUID orderId, UUID productId, int need, Instant submittedAt, UUID structureId,
            long orderNumber) {
    }

    /**
     * What a run needs of the structures it shares among: the FTE weighs their lines, the name orders
     * its page, and the name, address and organisation make the e-mail of those given units.
     */
    private record Structure(String name, BigDecimal fte, String email, UUID organisationId) {
    }

    /** An order given units by a run: its timeline event, its new status and its structure's e-mail. */
    private record GivenOrder(UUID orderId, long number, UUID structureId, int units) {
    }

    /** A backordered line and the units the run gives it. */
    private record ProposedLine(Backorder backorder, int units) {
    }

    /** Proposes a run over the products asked (all with backorders by default), and applies it at once unless a dry run. */
    @Transactional
    public RunView propose(AllocationRunInput input, PagingQuery linesPage) {
        UUID author = caller.requireUserId();
        roomForLargeJoins();
        Set<UUID> asked = input.productIds() == null ? Set.of() : new LinkedHashSet<>(input.productIds());
        List<UUID> productIds = asked.isEmpty() ? productsWithBackorders() : List.copyOf(asked);
        // Applied at once, the run will write to its orders: they are locked before the products (see lockOrders).
        Set<UUID> lockedOrders = input.dryRun() ? null : lockOrders(productIds);
        Map<UUID, StockLevel> stock = ledger.lock(productIds);
        if (stock.size() < productIds.size()) {
            throw ProblemException.invalidField("productIds", "Produit introuvable.");
        }
        // An order submitted between the two locks is not locked: it waits for the next run.
        List<Backorder> waitingLines = backorders(productIds).stream()
                .filter(line -> lockedOrders == null || lockedOrders.contains(line.orderId())).toList();
        Map<UUID, List<Backorder>> backorders = waitingLines.stream().collect(Collectors.groupingBy(Backorder::productId));
        Map<UUID, Structure> structures = structuresOf(waitingLines.stream().map(Backorder::structureId).distinct().toList());
        AllocationRun run = new AllocationRun();
        run.id = UUID.randomUUID();
        run.productIds = asked.toArray(UUID[]::new);
        run.createdBy = author;
        run.createdAt = Instant.now();
        List<ProposedLine> lines = new ArrayList<>();
        Set<UUID> servedStructures = new HashSet<>();
        long givenLines = 0;
        // Each product is shared on its own: in parallel, while the database has nothing to do.
        Map<UUID, FairShare.Allocation> allocations = stock.keySet().parallelStream().collect(Collectors.toMap(
                productId -> productId, productId -> FairShare.allocate(stock.get(productId).available(),
                        backorders.getOrDefault(productId, List.of()).stream().map(line -> new FairShare.Claim(
                                line.lineId(), line.need(), structures.get(line.structureId()).fte(),
                                line.submittedAt())).toList())));
        for (UUID productId : stock.keySet()) {
            List<Backorder> waiting = backorders.getOrDefault(productId, List.of());
            FairShare.Allocation allocation = allocations.get(productId);
            run.products.add(new AllocationRun.ProductShare(productId, stock.get(productId).available(),
                    allocation.allocated(), waiting.size()));
            for (int i = 0; i < waiting.size(); i++) {
                int units = allocation.shares().get(i).units();
                lines.add(new ProposedLine(waiting.get(i), units));
                if (units > 0) {
                    servedStructures.add(waiting.get(i).structureId());
                    givenLines++;
                }
            }
        }
        run.structureCount = servedStructures.size();
        run.persist();
        entityManager.flush();
        // Applied at once, the orders given units are summed on the other core while the lines are written.
        CompletableFuture<List<GivenOrder>> given = input.dryRun() ? null
                : CompletableFuture.supplyAsync(() -> givenOrders(lines));
        insertLines(run.id, inPageOrder(lines, productNames(stock.keySet()), structures), structures);
        if (!input.dryRun()) {
            applyChecked(run, author, givenLines, given.join(), structures);
        }
        entityManager.flush();
        return view(run, linesPage);
    }

    /** Applies a proposal: 409 when it was applied already, or when the stock or the backorders moved since. */
    @Transactional
    public RunView apply(UUID id, PagingQuery linesPage) {
        UUID author = caller.requireUserId();
        AllocationRun run = require(id, LockModeType.PESSIMISTIC_WRITE);
        roomForLargeJoins();
        if (run.status == AllocationRunStatus.APPLIED) {
            throw ProblemException.conflict("Cette répartition est déjà appliquée.");
        }
        List<GivenOrder> given = lockGivenOrders(run.id);
        List<UUID> productIds = run.products.stream().map(share -> share.productId).toList();
        Map<UUID, StockLevel> stock = ledger.lock(productIds);
        boolean stockMoved = run.products.stream()
                .anyMatch(share -> stock.get(share.productId).available() != share.available);
        // The backorders are those proposed when there are as many, and each proposed line still
        // waits for what it waited for then (line ids being unique on both sides). The lines given
        // units are checked as they are updated (applyChecked), the others here.
        long proposedLines = run.lineCount();
        UnitlessLines unitless = unitlessLines(run.id);
        if (stockMoved || backorderCount(productIds) != proposedLines || unitless.stillWaiting() != unitless.count()) {
            throw ProblemException.conflict(STALE);
        }
        applyChecked(run, author, proposedLines - unitless.count(), given,
                structuresOf(given.stream().map(GivenOrder::structureId).distinct().toList()));
        entityManager.flush();
        return view(run, linesPage);
    }

    public RunView get(UUID id, PagingQuery linesPage) {
        return view(require(id, LockModeType.NONE), linesPage);
    }

    public RunPage list(PagingQuery page) {
        var query = AllocationRun.<AllocationRun>findAll(io.quarkus.panache.common.Sort.by("createdAt",
                io.quarkus.panache.common.Sort.Direction.Descending).and("id"));
        List<AllocationRun> runs = query.page(page.page, page.size).list();
        Map<UUID, String> names = names(runs.stream().map(run -> run.createdBy).toList());
        List<Summary> items = runs.stream().map(run -> new Summary(run.id, run.status, run.createdAt,
                names.get(run.createdBy), run.appliedAt,
                run.products.stream().mapToLong(share -> share.available).sum(),
                run.products.stream().mapToLong(share -> share.allocated).sum(), run.products.size())).toList();
        return new RunPage(items, page.page, page.size, query.count());
    }

    /**
     * Reserves the run's units (the products and the orders given units locked, the stock, those
     * orders' being open and the backorders given no unit checked against the proposal; the lines
     * given units are checked as they are updated): the ledger, the lines, their orders' statuses (as
     * {@code SupplyOrder.settleStatus} decides for an open order: all reserved, none, or some) and
     * versions, a timeline event per order, and an e-mail per structure.
     *
     * @param givenLines how many of the run's lines get units: fewer updated is a stale proposal
     * @param given the orders given units, with their units (summed from the run's lines once, for
     *        the statuses, the events and the e-mails)
     * @param structures those orders' structures
     */
    private void applyChecked(AllocationRun run, UUID author, long givenLines, List<GivenOrder> given,
            Map<UUID, Structure> structures) {
        // The e-mails need nothing the statements below change: written on the other core meanwhile.
        CompletableFuture<List<OutgoingMail>> letters = lettersToStructures(given, structures);
        // The run's lines were just written, maybe in this very transaction: without fresh statistics
        // PostgreSQL takes them for a handful and joins the order lines one index look-up at a time.
        entityManager.createNativeQuery("ANALYZE allocation_run_line").executeUpdate();
        ledger.reserveForRun(run.id, author);
        // Only lines that still wait for what they waited for when proposed: one that did not is a
        // stale proposal (the transaction is rolled back, the ledger's movement with it). Their orders
        // were checked open when locked: joining them here again made PostgreSQL look each one up.
        int reserved = entityManager.createNativeQuery("""
                UPDATE supply_order_line l
                SET quantity_reserved = l.quantity_reserved + r.units,
                    quantity_backordered = l.quantity_backordered - r.units
                FROM allocation_run_line r
                WHERE r.run_id = ?1 AND r.order_line_id = l.id AND r.units > 0
                  AND l.quantity_backordered = r.need AND l.cancelled_at IS NULL AND l.quantity_shipped < l.quantity""")
                .setParameter(1, run.id).executeUpdate();
        if (reserved != givenLines) {
            throw ProblemException.conflict(STALE);
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            Array orders = connection.createArrayOf("uuid", given.stream().map(GivenOrder::orderId).toArray());
            try (PreparedStatement settle = connection.prepareStatement("""
                    UPDATE supply_order o
                    SET status = settled.status, version = o.version + 1, updated_at = now()
                    FROM (SELECT l.order_id,
                                 CASE WHEN bool_and(l.quantity_backordered = 0) THEN 'RESERVED'
                                      WHEN bool_and(l.quantity_reserved = 0) THEN 'BACKORDERED'
                                      ELSE 'PARTIALLY_RESERVED' END AS status
                          FROM supply_order_line l
                          WHERE l.cancelled_at IS NULL AND l.order_id = ANY (?)
                          GROUP BY l.order_id) settled
                    WHERE o.id = settled.order_id""");
                    PreparedStatement events = connection.prepareStatement("""
                            INSERT INTO supply_order_event (order_id, kind, detail, author_id, at)
                            SELECT given.order_id, 'ALLOCATED', given.units || ' unité(s) attribuée(s) par une répartition',
                                   ?, now()
                            FROM unnest(?::uuid[], ?::integer[]) AS given (order_id, units)""")) {
                settle.setArray(1, orders);
                settle.executeUpdate();
                events.setObject(1, author);
                events.setArray(2, orders);
                events.setArray(3, connection.createArrayOf("integer", given.stream().map(GivenOrder::units).toArray()));
                events.executeUpdate();
            }
        });
        run.status = AllocationRunStatus.APPLIED;
        run.appliedAt = Instant.now();
        run.appliedBy = author;
        mails.enqueue(letters.join());
    }

    /** The orders a proposal gives units, in the order of their lines, each with the units of all its lines. */
    private static List<GivenOrder> givenOrders(List<ProposedLine> lines) {
        // Summed in place, without a record per line: a run gives units to hundreds of thousands of
        // lines, and runs are rare enough that this code mostly runs before the JIT has compiled it.
        Map<UUID, Backorder> firstLines = new LinkedHashMap<>();
        Map<UUID, int[]> units = new HashMap<>();
        for (ProposedLine line : lines) {
            if (line.units() > 0) {
                UUID orderId = line.backorder().orderId();
                int[] sum = units.get(orderId);
                if (sum == null) {
                    firstLines.put(orderId, line.backorder());
                    units.put(orderId, new int[] { line.units() });
                } else {
                    sum[0] += line.units();
                }
            }
        }
        List<GivenOrder> given = new ArrayList<>(firstLines.size());
        firstLines.forEach((orderId, line) -> given.add(new GivenOrder(orderId, line.orderNumber(), line.structureId(),
                units.get(orderId)[0])));
        return given;
    }

    /**
     * A run joins and groups hundreds of thousands of rows: with the default 4 MB, PostgreSQL's hash
     * joins spill to disk in batches (the lines' update took about a fifth longer). For this
     * transaction only.
     */
    private void roomForLargeJoins() {
        entityManager.createNativeQuery("SET LOCAL work_mem = '64MB'").executeUpdate();
    }

    /**
     * An e-mail to each structure given units (listing its orders by number), to each of its
     * recipients: the recipients looked up now, the e-mails written on another thread (values only:
     * no entity, no database).
     */
    private CompletableFuture<List<OutgoingMail>> lettersToStructures(List<GivenOrder> given,
            Map<UUID, Structure> structures) {
        Map<UUID, List<String>> users = StructureRecipients.activeUserEmails(
                given.stream().map(order -> structures.get(order.structureId()).organisationId()).collect(Collectors.toSet()));
        return CompletableFuture.supplyAsync(() -> {
            Map<UUID, List<GivenOrder>> byStructure = given.stream().collect(Collectors.groupingBy(
                    GivenOrder::structureId, () -> new TreeMap<>(FairShare::compareIds), Collectors.toList()));
            return mails.structuresAllocated(byStructure.entrySet().stream()
                    .map(orders -> allocatedTo(structures.get(orders.getKey()), orders.getValue(), users)).toList());
        });
    }

    /** What a structure's e-mail says: its orders by number, each with its units. */
    private static SupplyMails.StructureAllocated allocatedTo(Structure structure, List<GivenOrder> orders,
            Map<UUID, List<String>> usersByOrganisation) {
        return new SupplyMails.StructureAllocated(structure.name(),
                StructureRecipients.recipientsOf(structure.email(),
                        usersByOrganisation.getOrDefault(structure.organisationId(), List.of())),
                orders.stream().sorted(Comparator.comparingLong(GivenOrder::number))
                        .map(order -> new SupplyMails.AllocatedOrder(order.orderId(), SupplyOrder.reference(order.number()),
                                order.units()))
                        .toList());
    }

    /*
     * A run locks the orders it will write to, in id order, before their products: the order
     * operations (submit, cancel, ship) lock their order, then its products, so a run that took the
     * products first and then waited for an order being cancelled would deadlock with that cancellation.
     */

    /** Locks the orders with backorders of the products, for a run proposed and applied at once. */
    @SuppressWarnings("unchecked")
    private Set<UUID> lockOrders(List<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(entityManager.createNativeQuery("SELECT id FROM supply_order WHERE id IN (SELECT l.order_id FROM "
                + BACKORDER_TABLES + " WHERE l.product_id IN (:ids) AND " + BACKORDER_CONDITION + ") ORDER BY id FOR UPDATE")
                .setParameter("ids", productIds).getResultList());
    }

    /**
     * Locks the orders a saved run gives units, each with the units of all its lines (for its status,
     * event and e-mail); 409 when one is no longer open: the run's lines were checked against their
     * orders as they are now, and the lines' update does not look at the orders again.
     */
    @SuppressWarnings("unchecked")
    private List<GivenOrder> lockGivenOrders(UUID runId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT o.id, o.number, o.structure_id, given.units, %s
                FROM supply_order o
                JOIN (SELECT order_id, sum(units) AS units FROM allocation_run_line
                      WHERE run_id = ?1 AND units > 0 GROUP BY order_id) given ON given.order_id = o.id
                ORDER BY o.id FOR UPDATE OF o""".formatted(OPEN_ORDER)).setParameter(1, runId).getResultList();
        if (rows.stream().anyMatch(row -> !(Boolean) row[4])) {
            throw ProblemException.conflict(STALE);
        }
        return rows.stream().map(row -> new GivenOrder((UUID) row[0], ((Number) row[1]).longValue(), (UUID) row[2],
                ((Number) row[3]).intValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> productsWithBackorders() {
        return entityManager.createNativeQuery("SELECT DISTINCT l.product_id FROM " + BACKORDER_TABLES + " WHERE "
                + BACKORDER_CONDITION).getResultList();
    }

    /**
     * The products' backorders, read with a binary {@code COPY}: a run reads hundreds of thousands,
     * and even a JDBC result set in binary spent more time converting them than PostgreSQL did
     * finding them. (COPY takes no parameters: the product ids are written in as uuid literals.)
     */
    private List<Backorder> backorders(List<UUID> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        String products = productIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            List<Backorder> backorders = new ArrayList<>();
            try (BinaryCopy.Reader rows = BinaryCopy.read(connection, """
                    COPY (SELECT l.id, l.order_id, l.product_id, l.quantity_backordered, o.submitted_at, o.structure_id,
                                 o.number
                          FROM %s WHERE l.product_id IN (%s) AND %s) TO STDOUT (FORMAT binary)"""
                    .formatted(BACKORDER_TABLES, products, BACKORDER_CONDITION))) {
                while (rows.next()) {
                    backorders.add(new Backorder(rows.uuid(), rows.uuid(), rows.uuid(), rows.int4(), rows.timestamp(),
                            rows.uuid(), rows.int8()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return backorders;
        });
    }

    /** How many backordered lines the products have now. */
    private long backorderCount(List<UUID> productIds) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + BACKORDER_TABLES
                + " WHERE l.product_id IN (:products) AND " + BACKORDER_CONDITION)
                .setParameter("products", productIds).getSingleResult()).longValue();
    }

    /** A run's lines given no unit: how many, and how many still wait for what they waited for then. */
    private record UnitlessLines(long count, long stillWaiting) {
    }

    private UnitlessLines unitlessLines(UUID runId) {
        Object[] counts = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*), count(l.id)
                FROM allocation_run_line r
                LEFT JOIN (%s) ON l.id = r.order_line_id AND l.quantity_backordered = r.need AND %s
                WHERE r.run_id = ?1 AND r.units = 0""".formatted(BACKORDER_TABLES, BACKORDER_CONDITION))
                .setParameter(1, runId).getSingleResult();
        return new UnitlessLines(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    /**
     * The lines in the order a run's page lists them, which is their position: by product name,
     * most units first, then by structure name (French order), then line id. Each name is ranked
     * once, so sorting hundreds of thousands of lines compares numbers, not strings.
     */
    private static List<ProposedLine> inPageOrder(List<ProposedLine> lines, Map<UUID, String> productNames,
            Map<UUID, Structure> structures) {
        // What the sort compares, held flat: ties on units and structure are many, broken on the line id.
        record Ranked(ProposedLine line, int product, int structure, long idHigh, long idLow) {
        }
        Map<UUID, Integer> productRanks = ranks(productNames);
        Map<UUID, Integer> structureRanks = ranks(structures.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, structure -> structure.getValue().name())));
        Ranked[] ranked = new Ranked[lines.size()];
        for (int i = 0; i < ranked.length; i++) {
            ProposedLine line = lines.get(i);
            UUID id = line.backorder().lineId();
            ranked[i] = new Ranked(line, productRanks.get(line.backorder().productId()),
                    structureRanks.get(line.backorder().structureId()), id.getMostSignificantBits(),
                    id.getLeastSignificantBits());
        }
        // On both cores: the database waits for these lines.
        Arrays.parallelSort(ranked, (a, b) -> {
            int byProduct = Integer.compare(a.product(), b.product());
            if (byProduct != 0) {
                return byProduct;
            }
            int byUnits = Integer.compare(b.line().units(), a.line().units());
            if (byUnits != 0) {
                return byUnits;
            }
            int byStructure = Integer.compare(a.structure(), b.structure());
            if (byStructure != 0) {
                return byStructure;
            }
            int byIdHigh = Long.compareUnsigned(a.idHigh(), b.idHigh()); // as PostgreSQL orders uuids
            return byIdHigh != 0 ? byIdHigh : Long.compareUnsigned(a.idLow(), b.idLow());
        });
        return Arrays.stream(ranked).map(Ranked::line).toList();
    }

    /** Each id's rank when sorted by its name in French, then by id. */
    private static Map<UUID, Integer> ranks(Map<UUID, String> names) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        List<UUID> ids = new ArrayList<>(names.keySet());
        ids.sort(Comparator.<UUID, String>comparing(names::get, french).thenComparing(FairShare::compareIds));
        Map<UUID, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            ranks.put(ids.get(i), i);
        }
        return ranks;
    }

    /** The structures of a run's lines or orders: a few hundred, read once rather than with each line. */
    @SuppressWarnings("unchecked")
    private Map<UUID, Structure> structuresOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ((List<Object[]>) entityManager.createNativeQuery(
                "SELECT id, name, insertion_fte, email, organisation_id FROM structure WHERE id IN (:ids)")
                .setParameter("ids", ids).getResultList()).stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> new Structure((String) row[1], (BigDecimal) row[2],
                        (String) row[3], (UUID) row[4])));
    }

    private static Map<UUID, String> productNames(Collection<UUID> productIds) {
        return Product.<Product>list("id in ?1", List.copyOf(productIds)).stream()
                .collect(Collectors.toMap(product -> product.id, product -> product.name));
    }

    /**
     * Writes the run's lines, in page order, with a binary {@code COPY}, PostgreSQL's bulk load: a run
     * may have hundreds of thousands, and even one {@code INSERT} of them all (arrays unnested) took
     * seconds; in text, PostgreSQL spent about as long parsing the rows as storing them.
     */
    private void insertLines(UUID runId, List<ProposedLine> lines, Map<UUID, Structure> structures) {
        if (lines.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            BinaryCopy.Writer copy = null;
            try {
                copy = BinaryCopy.write(connection, "COPY allocation_run_line "
                        + "(run_id, position, order_line_id, order_id, product_id, need, weight, units) FROM STDIN (FORMAT binary)");
                for (int position = 0; position < lines.size(); position++) {
                    Backorder line = lines.get(position).backorder();
                    copy.row(8).uuid(runId).int4(position).uuid(line.lineId()).uuid(line.orderId()).uuid(line.productId())
                            .int4(line.need()).numeric(FairShare.weightOf(structures.get(line.structureId()).fte()))
                            .int4(lines.get(position).units());
                }
                copy.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (copy != null) {
                    copy.cancel();
                }
            }
        });
    }

    private RunView view(AllocationRun run, PagingQuery linesPage) {
        Map<UUID, Product> products = Product.<Product>list("id in ?1",
                run.products.stream().map(share -> share.productId).toList()).stream()
                .collect(Collectors.toMap(product -> product.id, product -> product));
        List<ProductView> productViews = run.products.stream()
                .map(share -> {
                    Product product = products.get(share.productId);
                    return new ProductView(share.productId, product.name, product.unit, share.available,
                            share.allocated, share.available - share.allocated, share.lineCount);
                })
                .sorted((a, b) -> a.productName().compareToIgnoreCase(b.productName())).toList();
        Map<UUID, String> names = names(java.util.Arrays.asList(run.createdBy, run.appliedBy));
        long available = run.products.stream().mapToLong(share -> share.available).sum();
        long allocated = run.products.stream().mapToLong(share -> share.allocated).sum();
        return new RunView(run.id, run.status, run.createdAt, names.get(run.createdBy), run.appliedAt,
                names.get(run.appliedBy), available, allocated, available - allocated, run.structureCount, productViews,
                linePage(run.id, linesPage, run.lineCount()));
    }

    /** A page of the run's lines: their positions are the page order, so a page reads only its own rows. */
    @SuppressWarnings("unchecked")
    private LinePage linePage(UUID runId, PagingQuery page, long total) {
        long first = (long) page.page * page.size;
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT r.order_line_id, o.id, o.number, s.id, s.name, r.product_id, p.name, r.weight, r.need, r.units
                FROM allocation_run_line r
                JOIN supply_order o ON o.id = r.order_id
                JOIN structure s ON s.id = o.structure_id
                JOIN product p ON p.id = r.product_id
                WHERE r.run_id = ?1 AND r.position >= ?2 AND r.position < ?3
                ORDER BY r.position""").setParameter(1, runId).setParameter(2, first)
                .setParameter(3, first + page.size).getResultList();
        List<LineView> items = rows.stream().map(row -> new LineView((UUID) row[0], (UUID) row[1],
                SupplyOrder.reference(((Number) row[2]).longValue()), (UUID) row[3], (String) row[4], (UUID) row[5],
                (String) row[6], (BigDecimal) row[7], ((Number) row[8]).intValue(), ((Number) row[9]).intValue()))
                .toList();
        return new LinePage(items, page.page, page.size, total);
    }

    private static Map<UUID, String> names(List<UUID> userIds) {
        Set<UUID> ids = userIds.stream().filter(id -> id != null).collect(Collectors.toSet());
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            AppUser.<AppUser>list("id in ?1", ids).forEach(user -> names.put(user.id, user.displayName));
        }
        return names; // a HashMap: get(null) answers null (a run not applied yet)
    }

    private static AllocationRun require(UUID id, LockModeType lock) {
        AllocationRun run = AllocationRun.findById(id, lock);
        if (run == null) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return run;
    }
}
