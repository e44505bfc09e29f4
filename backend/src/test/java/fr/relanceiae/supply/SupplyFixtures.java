package fr.relanceiae.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.Passwords;
import fr.relanceiae.account.Role;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.sourcing.request.SourcingFixtures;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.product.Product;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The supply tests' world: callers with real accounts (orders, movements and events name their
 * authors), structures with a known FTE and a mailbox of their own, fresh products with stock
 * received through the API (so that their ledger is whole), orders driven through the API, and
 * the database read back after: stock, ledger sums, lines, statuses, outbox.
 */
public final class SupplyFixtures {

    public static final String PRODUCTS = "/api/v1/products";
    public static final String ORDERS = "/api/v1/supply-orders";
    public static final String RUNS = "/api/v1/allocation-runs";

    private SupplyFixtures() {
    }

    // --- Callers and structures ---------------------------------------------------------------------------

    /** A facilitator with an account of its own (and so an e-mail the receipt notices go to). */
    public static Caller facilitator() {
        return SourcingFixtures.facilitator();
    }

    public static Caller buyer() {
        return SourcingFixtures.buyer();
    }

    public static Caller partner() {
        return SourcingFixtures.demoPartner();
    }

    /** A structure of its own siae organisation, e-mailed at its own contact address while it has no users. */
    public record TestStructure(UUID id, UUID organisationId, String email) {
    }

    /** A structure with this insertion FTE (none: it weighs 1 in allocation runs). */
    public static TestStructure structure(BigDecimal insertionFte) {
        Map<String, Object> profile = DirectoryFixtures.profile("Structure fournitures " + DirectoryFixtures.word());
        String email = TestAccounts.uniqueEmail("structure");
        profile.put("email", email);
        if (insertionFte == null) {
            profile.remove("insertionFte");
        } else {
            profile.put("insertionFte", insertionFte);
        }
        UUID id = DirectoryFixtures.create(profile);
        UUID organisationId = QuarkusTransaction.requiringNew()
                .call(() -> Structure.<Structure>findById(id).organisation.id);
        return new TestStructure(id, organisationId, email);
    }

    public static TestStructure structure() {
        return structure(BigDecimal.TEN);
    }

    /** A second structure of the same organisation (its siae users must then say which one orders). */
    public static TestStructure anotherStructureOf(TestStructure first) {
        TestStructure second = structure();
        QuarkusTransaction.requiringNew().run(() -> em()
                .createNativeQuery("UPDATE structure SET organisation_id = ?1 WHERE id = ?2")
                .setParameter(1, first.organisationId()).setParameter(2, second.id()).executeUpdate());
        return new TestStructure(second.id(), first.organisationId(), second.email());
    }

    /** A siae user of the structure's organisation, with an account (it is then the one e-mailed). */
    public static Caller siaeUserOf(TestStructure structure) {
        UUID userId = QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = new AppUser();
            user.id = UUID.randomUUID();
            user.email = TestAccounts.uniqueEmail("siae");
            user.displayName = "Personne de la structure";
            user.role = Role.siae;
            user.organisation = Organisation.findById(structure.organisationId());
            user.passwordHash = Passwords.hash(TestAccounts.PASSWORD);
            user.persist();
            return user.id;
        });
        return new Caller(TestTokens.claims(Roles.SIAE).subject(userId.toString())
                .claim("org", structure.organisationId().toString()).sign(), structure.organisationId(), userId);
    }

    public static String emailOf(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>findById(userId).email);
    }

    // --- Products and stock -------------------------------------------------------------------------------

    public static Map<String, Object> productBody(Integer maxPerOrder) {
        String sku = "SKU-" + DirectoryFixtures.word();
        Map<String, Object> body = new HashMap<>();
        body.put("sku", sku);
        body.put("name", "Masque FFP2 — boîte de 20 " + sku);
        body.put("unit", "boîte");
        body.put("maxPerOrder", maxPerOrder);
        return body;
    }

    /** A fresh product (no limit per order) with this stock received, or none for 0. */
    public static UUID product(Caller staff, int stock) {
        return product(staff, stock, null);
    }

    public static UUID product(Caller staff, int stock, Integer maxPerOrder) {
        UUID id = UUID.fromString(staff.as().body(productBody(maxPerOrder)).when().post(PRODUCTS)
                .then().statusCode(201).extract().path("id"));
        if (stock > 0) {
            receive(staff, id, stock);
        }
        return id;
    }

    public static Response receipt(Caller staff, UUID productId, Map<String, Object> body) {
        return staff.as().body(body).when().post(PRODUCTS + "/" + productId + "/receipts");
    }

    public static void receive(Caller staff, UUID productId, int quantity) {
        receipt(staff, productId, Map.of("quantity", quantity, "source", "Don de la Région")).then().statusCode(201);
    }

    public static Response adjustment(Caller staff, UUID productId, Map<String, Object> body) {
        return staff.as().body(body).when().post(PRODUCTS + "/" + productId + "/adjustments");
    }

    // --- Orders -------------------------------------------------------------------------------------------

    public static Map<String, Object> delivery() {
        return Map.of("address", "12 rue de la Paix", "postCode", "93100", "city", "Montreuil",
                "contactName", "Inès Martin", "contactPhone", "01 23 45 67 89");
    }

    /** A complete order body: the structure (null: left out), a delivery, and these units per product in order. */
    public static Map<String, Object> orderBody(UUID structureId, Map<UUID, Integer> units) {
        Map<String, Object> body = new HashMap<>();
        if (structureId != null) {
            body.put("structureId", structureId.toString());
        }
        body.put("delivery", delivery());
        List<Map<String, Object>> lines = new ArrayList<>();
        units.forEach((productId, quantity) -> lines.add(Map.of("productId", productId.toString(), "quantity", quantity)));
        body.put("lines", lines);
        return body;
    }

    public static Map<String, Object> orderBody(UUID structureId, UUID productId, int quantity) {
        return orderBody(structureId, Map.of(productId, quantity));
    }

    /** Lines in the given order of products. */
    public static Map<UUID, Integer> units(Object... productsAndQuantities) {
        Map<UUID, Integer> units = new LinkedHashMap<>();
        for (int i = 0; i < productsAndQuantities.length; i += 2) {
            units.put((UUID) productsAndQuantities[i], (Integer) productsAndQuantities[i + 1]);
        }
        return units;
    }

    public static Response create(Caller caller, Map<String, Object> body) {
        return caller.as().body(body).when().post(ORDERS);
    }

    /** A draft of one line, made by this caller for the structure; answers its id. */
    public static UUID draft(Caller caller, UUID structureId, UUID productId, int quantity) {
        return UUID.fromString(create(caller, orderBody(structureId, productId, quantity)).then().statusCode(201)
                .extract().path("id"));
    }

    public static Response post(Caller caller, UUID orderId, String action) {
        return caller.as().when().post(ORDERS + "/" + orderId + "/" + action);
    }

    /** Submits, expects a 200, answers the order. */
    public static JsonPath submit(Caller caller, UUID orderId) {
        return post(caller, orderId, "submit").then().statusCode(200).extract().jsonPath();
    }

    /** A submitted order of one line; answers the order as submit answered it. */
    public static JsonPath submitted(Caller caller, UUID structureId, UUID productId, int quantity) {
        return submit(caller, draft(caller, structureId, productId, quantity));
    }

    public static Response ship(Caller staff, UUID orderId, UUID lineId, int quantity) {
        return staff.as().body(Map.of("carrier", "La Poste Colissimo", "trackingReference", "6A" + DirectoryFixtures.word(),
                "lines", List.of(Map.of("lineId", lineId.toString(), "quantity", quantity))))
                .when().post(ORDERS + "/" + orderId + "/ship");
    }

    /** Runs the calls at once (a start latch) on this many threads; answers them in the calls' order. */
    public static <T> List<T> concurrently(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(180, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    // --- The database, read back --------------------------------------------------------------------------

    private static EntityManager em() {
        return Product.getEntityManager();
    }

    private static <T> T read(Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }

    /** A product's totals as its row keeps them. */
    public record Stock(int onHand, int reserved) {
        public int available() {
            return onHand - reserved;
        }
    }

    public static Stock stock(UUID productId) {
        return read(() -> {
            Object[] row = (Object[]) em().createNativeQuery("SELECT on_hand, reserved FROM product WHERE id = ?1")
                    .setParameter(1, productId).getSingleResult();
            return new Stock(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
        });
    }

    /** The totals the ledger gives, by the sign rules of V25. */
    public static Stock ledgerSums(UUID productId) {
        return read(() -> {
            Object[] row = (Object[]) em().createNativeQuery("""
                    SELECT coalesce(sum(quantity) FILTER (WHERE reason IN ('RECEIPT', 'ADJUSTMENT', 'SHIPMENT')), 0),
                           coalesce(sum(quantity) FILTER (WHERE reason IN ('RESERVATION', 'RELEASE', 'SHIPMENT')), 0)
                    FROM stock_movement WHERE product_id = ?1""").setParameter(1, productId).getSingleResult();
            return new Stock(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
        });
    }

    /**
     * The product's totals equal its ledger's sums, never more reserved than on hand, and its open
     * lines hold exactly what it has reserved and not shipped.
     */
    public static void assertLedgerBalances(UUID productId) {
        Stock stock = stock(productId);
        assertThat(ledgerSums(productId)).as("ledger sums of %s", productId).isEqualTo(stock);
        assertThat(stock.reserved()).as("reserved ≤ on hand").isLessThanOrEqualTo(stock.onHand());
        long held = read(() -> ((Number) em().createNativeQuery(
                "SELECT coalesce(sum(quantity_reserved - quantity_shipped), 0) FROM supply_order_line WHERE product_id = ?1")
                .setParameter(1, productId).getSingleResult()).longValue());
        assertThat(held).as("lines' unshipped reservations = product reserved").isEqualTo(stock.reserved());
        // Per line: its own movements, plus what applied runs gave it (a run's RESERVATION is per product).
        long unbalancedLines = count("""
                SELECT count(*) FROM supply_order_line l
                LEFT JOIN (SELECT order_line_id, sum(quantity) AS held FROM stock_movement
                           WHERE reason IN ('RESERVATION', 'RELEASE', 'SHIPMENT') GROUP BY order_line_id) m
                  ON m.order_line_id = l.id
                LEFT JOIN (SELECT r.order_line_id, sum(r.units) AS units FROM allocation_run_line r
                           JOIN allocation_run a ON a.id = r.run_id AND a.status = 'APPLIED'
                           GROUP BY r.order_line_id) given ON given.order_line_id = l.id
                WHERE l.product_id = ?1
                  AND l.quantity_reserved - l.quantity_shipped <> coalesce(m.held, 0) + coalesce(given.units, 0)""",
                productId);
        assertThat(unbalancedLines).as("lines whose reservations the ledger and applied runs do not explain").isZero();
    }

    /** The product's ledger movements of this reason: their quantities, oldest first. */
    public static List<Integer> movements(UUID productId, String reason) {
        return read(() -> em().createNativeQuery(
                "SELECT quantity FROM stock_movement WHERE product_id = ?1 AND reason = ?2 ORDER BY id")
                .setParameter(1, productId).setParameter(2, reason).getResultList().stream()
                .map(quantity -> ((Number) quantity).intValue()).toList());
    }

    public static long movementCount(UUID productId) {
        return read(() -> ((Number) em().createNativeQuery("SELECT count(*) FROM stock_movement WHERE product_id = ?1")
                .setParameter(1, productId).getSingleResult()).longValue());
    }

    /** What must not move when a request is refused: the product's totals and its ledger's length. */
    public record StockSnapshot(Stock stock, long movements) {
    }

    public static StockSnapshot snapshot(UUID productId) {
        return new StockSnapshot(stock(productId), movementCount(productId));
    }

    /** An order line as stored. */
    public record StoredLine(UUID id, UUID productId, int quantity, int reserved, int backordered, int shipped,
            boolean cancelled) {
    }

    public static List<StoredLine> lines(UUID orderId) {
        return read(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em().createNativeQuery("""
                    SELECT id, product_id, quantity, quantity_reserved, quantity_backordered, quantity_shipped,
                           cancelled_at IS NOT NULL
                    FROM supply_order_line WHERE order_id = ?1 ORDER BY position""").setParameter(1, orderId)
                    .getResultList();
            return rows.stream().map(row -> new StoredLine((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue(),
                    ((Number) row[3]).intValue(), ((Number) row[4]).intValue(), ((Number) row[5]).intValue(),
                    (Boolean) row[6])).toList();
        });
    }

    public static StoredLine line(UUID orderId) {
        List<StoredLine> lines = lines(orderId);
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    public static String status(UUID orderId) {
        return read(() -> (String) em().createNativeQuery("SELECT status FROM supply_order WHERE id = ?1")
                .setParameter(1, orderId).getSingleResult());
    }

    public static long count(String sql, Object... parameters) {
        return read(() -> {
            var query = em().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    /** The subjects of the mails the outbox holds for this address, oldest first. */
    public static List<String> mailSubjects(String recipient) {
        return read(() -> em().createNativeQuery(
                "SELECT subject FROM outbox_mail WHERE recipient = ?1 ORDER BY created_at, id")
                .setParameter(1, recipient).getResultList().stream().map(subject -> (String) subject).toList());
    }

    public static String reference(UUID orderId) {
        return read(() -> "C-%05d".formatted(((Number) em().createNativeQuery(
                "SELECT number FROM supply_order WHERE id = ?1").setParameter(1, orderId).getSingleResult()).longValue()));
    }

    /**
     * Holds the product's row lock (as a stock change would) while {@code during} starts its calls,
     * then lets go and waits for what {@code during} answered: so that a test decides in which order
     * concurrent requests queue for the product.
     */
    public static <T> T whileProductLocked(UUID productId, Callable<Callable<T>> during) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = holder.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em().createNativeQuery("SELECT id FROM product WHERE id = ?1 FOR UPDATE").setParameter(1, productId)
                        .getResultList();
                locked.countDown();
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(60, TimeUnit.SECONDS)).isTrue();
            Callable<T> outcome;
            try {
                outcome = during.call();
            } finally {
                release.countDown();
            }
            holding.get(60, TimeUnit.SECONDS);
            return outcome.call();
        } finally {
            release.countDown();
            holder.shutdownNow();
        }
    }

    /** Waits until this many database sessions wait for a lock (requests queued behind one another). */
    public static void awaitLockWaiters(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (read(() -> ((Number) em().createNativeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'").getSingleResult()).intValue())
                < count) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(count + " sessions should wait for a lock");
            }
            Thread.sleep(20);
        }
    }
}
