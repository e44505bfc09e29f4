import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Supplies benchmark driver (run by supply.sh, not a test). Against two running instances of the
 * app sharing one PostgreSQL (A and B), and that database over JDBC:
 * <ol>
 * <li>submissions: a product with STOCK units, ORDERS draft orders of 1–10 units on it (demand
 * above the stock), then all submitted by CLIENTS concurrent clients, half on A, half on B;
 * /q/health/live measured the same way before and after (the yardstick);
 * <li>the stock invariants checked in SQL (nothing oversold, the ledger balances);
 * <li>allocation at scale: BACKORDERS backordered orders (inserted in SQL) × PRODUCTS products,
 * half their need received, then {@code POST /allocation-runs {dryRun: true}} (twice: cold, then
 * warm), its apply (on B), more stock and {@code {dryRun: false}}, each timed; the invariants again.
 * </ol>
 * Prints RESULT lines; any failed request or check ends it with "FAIL" and exit status 1.
 *
 *   java -cp postgresql.jar SupplyBench.java BASE_A BASE_B JDBC_URL ORDERS STOCK CLIENTS SECONDS BACKORDERS PRODUCTS
 */
public class SupplyBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final String FACILITATOR = "animateur@demo.relance-iae.fr";
    private static final String DELIVERY = """
            "delivery":{"address":"1 rue du Banc d'essai","postCode":"93100","city":"Montreuil",\
            "contactName":"Banc d'essai","contactPhone":"01 23 45 67 89"}""";
    /** The comments that mark the orders inserted in SQL: JIT warm-up, submissions, allocation run. */
    private static final String WARM_UP = "banc d'essai : mise en route";
    private static final String SUBMITTED = "banc d'essai : soumissions";
    private static final String SEEDED = "banc d'essai : répartition";

    private static String[] bases;
    private static HttpClient[] http;
    private static String token;
    private static Connection db;
    private static int failedChecks;

    public static void main(String[] args) throws Exception {
        bases = new String[] { args[0], args[1] };
        http = new HttpClient[] { client(), client() }; // one per instance: two selector threads
        db = DriverManager.getConnection(args[2], "postgres", "");
        int orders = Integer.parseInt(args[3]);
        int stock = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);
        int backorders = Integer.parseInt(args[7]);
        int products = Integer.parseInt(args[8]);

        token = login();
        get(1, "/api/v1/me"); // B accepts A's tokens: same keys
        List<String> structures = strings("SELECT id::text FROM structure WHERE active ORDER BY id");
        System.out.printf("INFO %d active structures; instances %s and %s%n", structures.size(), bases[0], bases[1]);

        // 1. Submissions, half on each instance.
        String warmProduct = product("BENCH-WARMUP", "Banc d'essai — mise en route", orders); // demand a little above
        String benchProduct = product("BENCH-SUBMIT", "Banc d'essai — masques FFP2", stock);
        List<String> warmOrders = seedOrders(WARM_UP, false, Math.max(orders / 5, clients), List.of(warmProduct));
        List<String> benchOrders = seedOrders(SUBMITTED, false, orders, List.of(benchProduct));
        long asked = number("SELECT sum(quantity) FROM supply_order_line WHERE product_id = ?::uuid", benchProduct);
        System.out.printf("INFO %d draft orders of 1–10 units: %d units asked for %d in stock%n", orders, asked, stock);

        drain(clients, warmOrders, SupplyBench::submit); // JIT warm-up, not measured
        List<Long> healthBefore = loop(clients, seconds, instance -> get(instance, "/q/health/live"));
        AtomicIntegerArray perInstance = new AtomicIntegerArray(2);
        Drained submitted = drain(clients, benchOrders, (instance, id) -> {
            submit(instance, id);
            perInstance.incrementAndGet(instance);
        });
        List<Long> healthAfter = loop(clients, seconds, instance -> get(instance, "/q/health/live"));
        double liveBefore = report("/q/health/live (before)", clients, healthBefore);
        double submits = report("submit an order (1 line, one product)", clients, submitted.latencies());
        double liveAfter = report("/q/health/live (after)", clients, healthAfter);
        System.out.printf("RESULT submissions: %d on A, %d on B, %d failed%s; %.0f/s = %.4f × /q/health/live (%.0f "
                + "req/s, the mean of before and after)%n", perInstance.get(0), perInstance.get(1),
                submitted.failures().size(), submitted.failures().isEmpty() ? "" : " " + submitted.summary(), submits,
                submits / ((liveBefore + liveAfter) / 2), (liveBefore + liveAfter) / 2);
        long submittedAsked = number("""
                SELECT coalesce(sum(l.quantity), 0) FROM supply_order_line l JOIN supply_order o ON o.id = l.order_id
                WHERE l.product_id = ?::uuid AND o.status <> 'DRAFT'""", benchProduct);
        long expected = Math.min(stock, submittedAsked);
        check("the submitted product's reserved units = min(stock, units asked by the orders submitted) = " + expected,
                "SELECT reserved || ' reserved, ' || on_hand || ' on hand' FROM product WHERE id = ?::uuid AND reserved <> ?",
                benchProduct, expected);
        check("every order whose submission answered 200 is submitted, every other still a draft", """
                SELECT o.id || ' ' || o.status FROM supply_order o
                WHERE o.comment = ? AND (o.status = 'DRAFT') <> (o.id::text = ANY (?))""", SUBMITTED,
                submitted.failedItems().toArray(new String[0]));
        invariants();

        // 2. Allocation at scale: the backorders inserted in SQL, the stock received and shared through the API.
        token = login(); // access tokens live 15 minutes
        List<String> productIds = new ArrayList<>();
        for (int i = 1; i <= products; i++) {
            productIds.add(product("BENCH-ALLOC-%02d".formatted(i), "Banc d'essai — produit %02d".formatted(i), 0));
        }
        long begin = System.nanoTime();
        seedOrders(SEEDED, true, backorders, productIds);
        System.out.printf("INFO %d backordered orders × %d products (%d lines, %d units waiting) inserted in %.1f s%n",
                backorders, products, (long) backorders * products,
                number("SELECT sum(quantity_backordered) FROM supply_order_line l JOIN supply_order o ON o.id = l.order_id "
                        + "WHERE o.comment = ?", SEEDED), (System.nanoTime() - begin) / 1e9);
        receiveShare(productIds, 2); // half of what waits
        String body = "{\"dryRun\":%s,\"productIds\":[%s]}".formatted("%s",
                String.join(",", productIds.stream().map(id -> "\"" + id + "\"").toList()));
        timed("allocation run, dry run (first: cold JIT), on A", () -> id(post(0, "/api/v1/allocation-runs",
                body.formatted("true"))));
        String proposal = timed("allocation run, dry run (again), on A", () -> id(post(0, "/api/v1/allocation-runs",
                body.formatted("true"))));
        long mails = allocationMails();
        timed("apply that proposal, on B", () -> post(1, "/api/v1/allocation-runs/" + proposal + "/apply", ""));
        checkRun(proposal, allocationMails() - mails);
        receiveShare(productIds, 4); // a quarter of what still waits
        long mailsBefore = allocationMails();
        String direct = timed("allocation run, dryRun false (propose and apply), on A",
                () -> id(post(0, "/api/v1/allocation-runs", body.formatted("false"))));
        checkRun(direct, allocationMails() - mailsBefore);
        invariants();
        System.out.printf("INFO outbox: %d e-mails written in all%n", number("SELECT count(*) FROM outbox_mail"));
        if (failedChecks > 0) {
            System.out.println("FAIL " + failedChecks + " check(s) failed");
            System.exit(1);
        }
        System.out.println("RESULT every check passed");
    }

    // --- Checks -------------------------------------------------------------------------------

    /** Over every product and every order: what may never happen, each a query listing the offenders. */
    private static void invariants() throws SQLException {
        check("no product oversold (reserved ≤ on hand, on hand ≥ 0)",
                "SELECT sku FROM product WHERE reserved > on_hand OR on_hand < 0 OR reserved < 0");
        check("units ever reserved ≤ units received (receipts + adjustments), per product", """
                SELECT p.sku || ': ' || r.reserved || ' reserved, ' || coalesce(m.received, 0) || ' received'
                FROM product p
                JOIN (SELECT product_id, sum(quantity_reserved) AS reserved FROM supply_order_line GROUP BY product_id) r
                  ON r.product_id = p.id
                LEFT JOIN (SELECT product_id, sum(quantity) AS received FROM stock_movement
                           WHERE reason IN ('RECEIPT', 'ADJUSTMENT') GROUP BY product_id) m ON m.product_id = p.id
                WHERE r.reserved > coalesce(m.received, 0)""");
        check("product.reserved = the sum of its lines' reserved and not shipped units", """
                SELECT p.sku || ': ' || p.reserved || ' vs ' || coalesce(l.held, 0) FROM product p
                LEFT JOIN (SELECT product_id, sum(quantity_reserved - quantity_shipped) AS held FROM supply_order_line
                           GROUP BY product_id) l ON l.product_id = p.id
                WHERE p.reserved <> coalesce(l.held, 0)""");
        check("every open line: reserved + backordered = asked", """
                SELECT l.id::text FROM supply_order_line l JOIN supply_order o ON o.id = l.order_id
                WHERE o.status NOT IN ('DRAFT', 'CANCELLED') AND l.cancelled_at IS NULL
                  AND l.quantity_reserved + l.quantity_backordered <> l.quantity""");
        check("every draft line: nothing reserved nor backordered", """
                SELECT l.id::text FROM supply_order_line l JOIN supply_order o ON o.id = l.order_id
                WHERE o.status = 'DRAFT' AND (l.quantity_reserved <> 0 OR l.quantity_backordered <> 0)""");
        check("ledger: on_hand = Σ RECEIPT, ADJUSTMENT, SHIPMENT and reserved = Σ RESERVATION, RELEASE, SHIPMENT", """
                SELECT p.sku || ': on hand ' || p.on_hand || ' vs ' || coalesce(m.on_hand, 0) || ', reserved '
                       || p.reserved || ' vs ' || coalesce(m.reserved, 0)
                FROM product p LEFT JOIN (
                    SELECT product_id,
                           sum(quantity) FILTER (WHERE reason IN ('RECEIPT', 'ADJUSTMENT', 'SHIPMENT')) AS on_hand,
                           sum(quantity) FILTER (WHERE reason IN ('RESERVATION', 'RELEASE', 'SHIPMENT')) AS reserved
                    FROM stock_movement GROUP BY product_id) m ON m.product_id = p.id
                WHERE p.on_hand <> coalesce(m.on_hand, 0) OR p.reserved <> coalesce(m.reserved, 0)""");
        check("ledger per line: Σ its RESERVATION, RELEASE, SHIPMENT + the units applied runs gave it = its reserved − shipped", """
                SELECT l.id::text FROM supply_order_line l
                LEFT JOIN (SELECT order_line_id, sum(quantity) AS held FROM stock_movement
                           WHERE reason IN ('RESERVATION', 'RELEASE', 'SHIPMENT') GROUP BY order_line_id) m
                  ON m.order_line_id = l.id
                LEFT JOIN (SELECT r.order_line_id, sum(r.units) AS units FROM allocation_run_line r
                           JOIN allocation_run a ON a.id = r.run_id AND a.status = 'APPLIED'
                           GROUP BY r.order_line_id) given ON given.order_line_id = l.id
                WHERE l.quantity_reserved - l.quantity_shipped <> coalesce(m.held, 0) + coalesce(given.units, 0)""");
        check("ledger: each product's last movement carries its totals", """
                SELECT p.sku FROM product p
                JOIN LATERAL (SELECT on_hand_after, reserved_after FROM stock_movement
                              WHERE product_id = p.id ORDER BY id DESC LIMIT 1) last ON true
                WHERE last.on_hand_after <> p.on_hand OR last.reserved_after <> p.reserved""");
    }

    /** An applied run: each product's units = the sum of its lines' = min(available, Σ needs), each line ≤ its need. */
    private static void checkRun(String runId, long mails) throws SQLException {
        check("run " + runId.substring(0, 8) + ": applied, allocated = Σ line units = min(available, Σ needs)", """
                SELECT rp.product_id::text || ': ' || rp.allocated || ' allocated of ' || rp.available
                       || ', lines ' || coalesce(l.units, 0) || ', needs ' || coalesce(l.needs, 0)
                FROM allocation_run_product rp JOIN allocation_run r ON r.id = rp.run_id
                LEFT JOIN (SELECT product_id, sum(units) AS units, sum(need) AS needs FROM allocation_run_line
                           WHERE run_id = ?::uuid GROUP BY product_id) l ON l.product_id = rp.product_id
                WHERE rp.run_id = ?::uuid AND (r.status <> 'APPLIED' OR rp.allocated <> coalesce(l.units, 0)
                      OR rp.allocated <> least(rp.available, coalesce(l.needs, 0)))""", runId, runId);
        check("run " + runId.substring(0, 8) + ": no line given more than its need", """
                SELECT r.order_line_id::text FROM allocation_run_line r
                WHERE r.run_id = ?::uuid AND r.units > r.need""", runId);
        check("run " + runId.substring(0, 8) + ": one RESERVATION per product given units, of their sum", """
                SELECT l.product_id::text || ': ' || l.units || ' given, ' || coalesce(m.quantity, 0) || ' reserved in '
                       || coalesce(m.movements, 0) || ' movement(s)'
                FROM (SELECT product_id, sum(units) AS units FROM allocation_run_line WHERE run_id = ?::uuid
                      GROUP BY product_id HAVING sum(units) > 0) l
                LEFT JOIN (SELECT product_id, sum(quantity) AS quantity, count(*) AS movements FROM stock_movement
                           WHERE allocation_run_id = ?::uuid AND reason = 'RESERVATION' GROUP BY product_id) m
                  ON m.product_id = l.product_id
                WHERE coalesce(m.quantity, 0) <> l.units OR m.movements <> 1""", runId, runId);
        long expected = number("""
                SELECT coalesce(sum(CASE WHEN u.n > 0 THEN u.n WHEN coalesce(btrim(s.email), '') <> '' THEN 1 ELSE 0 END), 0)
                FROM (SELECT DISTINCT o.structure_id FROM allocation_run_line r
                      JOIN supply_order_line l ON l.id = r.order_line_id JOIN supply_order o ON o.id = l.order_id
                      WHERE r.run_id = ?::uuid AND r.units > 0) g
                JOIN structure s ON s.id = g.structure_id
                LEFT JOIN LATERAL (SELECT count(DISTINCT a.email) AS n FROM app_user a
                                   JOIN organisation og ON og.id = a.organisation_id
                                   WHERE a.organisation_id = s.organisation_id AND a.active AND og.active) u ON true""",
                runId);
        check("run " + runId.substring(0, 8) + ": one e-mail per structure given units and recipient (" + expected + ")",
                "SELECT ? || ' written' WHERE ? <> ?", mails, mails, expected);
        System.out.printf("INFO run %s: %d units allocated to %d lines of %d waiting%n", runId.substring(0, 8),
                number("SELECT sum(allocated) FROM allocation_run_product WHERE run_id = ?::uuid", runId),
                number("SELECT count(*) FROM allocation_run_line WHERE run_id = ?::uuid AND units > 0", runId),
                number("SELECT count(*) FROM allocation_run_line WHERE run_id = ?::uuid", runId));
    }

    /** The « stock attributed » e-mails in the outbox. */
    private static long allocationMails() throws SQLException {
        return number("SELECT count(*) FROM outbox_mail WHERE subject LIKE '% : du stock vous est attribué'");
    }

    /** Prints ok when the query finds no row, else FAIL with the first offenders. */
    private static void check(String what, String sql, Object... parameters) throws SQLException {
        List<String> offenders = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                offenders.add(rows.getString(1));
            }
        }
        if (offenders.isEmpty()) {
            System.out.println("CHECK ok   " + what);
        } else {
            failedChecks++;
            System.out.println("CHECK FAIL " + what + ": " + offenders.size() + " offender(s), e.g. "
                    + offenders.subList(0, Math.min(5, offenders.size())));
        }
    }

    // --- Data ---------------------------------------------------------------------------------

    /** A product (through the API) with this much stock received. */
    private static String product(String sku, String name, int stock) {
        String suffix = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        String id = id(post(0, "/api/v1/products", """
                {"sku":"%s-%s","name":"%s","unit":"boîte"}""".formatted(sku, suffix, name)));
        if (stock > 0) {
            receive(id, stock);
        }
        return id;
    }

    private static void receive(String productId, long units) {
        post(0, "/api/v1/products/" + productId + "/receipts", """
                {"quantity":%d,"source":"Banc d'essai"}""".formatted(units));
    }

    /** Receives, on each product, 1/divisor of the units its backorders wait for. */
    private static void receiveShare(List<String> productIds, int divisor) throws SQLException {
        long total = 0;
        for (String productId : productIds) {
            long waiting = number("SELECT coalesce(sum(quantity_backordered), 0) FROM supply_order_line "
                    + "WHERE product_id = ?::uuid AND cancelled_at IS NULL", productId);
            if (waiting / divisor > 0) {
                receive(productId, waiting / divisor);
            }
            total += waiting / divisor;
        }
        System.out.printf("INFO received %d units over %d products (1/%d of what waits)%n", total, productIds.size(),
                divisor);
    }

    /**
     * Orders written straight in SQL (through the API it would take minutes on a busy machine, and
     * it is not what is measured): the demo structures in turn (their insertion FTE vary), one line
     * of 1–10 units per product, one second apart. Drafts, or submitted with every line backordered;
     * either way nothing is reserved, so the ledger has nothing to record. Answers their ids.
     */
    private static List<String> seedOrders(String mark, boolean backordered, int orders, List<String> productIds)
            throws SQLException {
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            statement.execute("SELECT setseed(0.42)");
        }
        String status = backordered ? "BACKORDERED" : "DRAFT";
        String submittedAt = "CASE WHEN %s THEN now() - make_interval(secs => ? - g) END".formatted(backordered);
        try (PreparedStatement insert = prepare("""
                INSERT INTO supply_order (id, structure_id, status, delivery_address, delivery_post_code, delivery_city,
                                          contact_name, contact_phone, comment, created_by, submitted_at, created_at,
                                          updated_at)
                SELECT gen_random_uuid(), s.id, '%s', '1 rue du Banc d''essai', '93100', 'Montreuil',
                       'Banc d''essai', '01 23 45 67 89', ?, (SELECT id FROM app_user WHERE email = ?), %s,
                       now() - make_interval(secs => ? - g), now()
                FROM generate_series(0, ? - 1) g
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn, count(*) OVER () AS n
                      FROM structure WHERE active) s ON s.rn = g %% s.n""".formatted(status, submittedAt),
                mark, FACILITATOR, orders, orders, orders)) {
            insert.executeUpdate();
        }
        try (PreparedStatement insert = prepare("""
                INSERT INTO supply_order_line (id, order_id, position, product_id, quantity, quantity_reserved,
                                               quantity_backordered)
                SELECT gen_random_uuid(), order_id, position, product_id, quantity, 0, %s
                FROM (SELECT o.id AS order_id, p.position - 1 AS position, p.id AS product_id,
                             1 + floor(random() * 10)::int AS quantity
                      FROM supply_order o CROSS JOIN unnest(?::uuid[]) WITH ORDINALITY AS p(id, position)
                      WHERE o.comment = ?) lines""".formatted(backordered ? "quantity" : "0"),
                productIds.toArray(new String[0]), mark)) {
            insert.executeUpdate();
        }
        try (PreparedStatement insert = prepare("""
                INSERT INTO supply_order_event (order_id, kind, detail, at)
                SELECT id, '%s', 'inséré par le banc d''essai', created_at FROM supply_order WHERE comment = ?"""
                .formatted(backordered ? "SUBMITTED" : "CREATED"), mark)) {
            insert.executeUpdate();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            // Vacuumed as well as analysed: lines that accumulate over days are vacuumed by autovacuum as
            // they come; these, inserted in seconds, would be vacuumed in the middle of the timed runs.
            statement.execute("VACUUM (ANALYZE) supply_order, supply_order_line, supply_order_event, stock_movement, product");
        }
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = prepare("SELECT id::text FROM supply_order WHERE comment = ? ORDER BY number",
                mark); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof String[] array) {
                statement.setArray(i + 1, db.createArrayOf("text", array));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    private static long number(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    // --- Load ---------------------------------------------------------------------------------

    private static void submit(int instance, String orderId) {
        post(instance, "/api/v1/supply-orders/" + orderId + "/submit", "");
    }

    /** Calls as fast as possible from {@code clients} threads (even ones on A, odd on B) for {@code seconds}. */
    private static List<Long> loop(int clients, int seconds, IntConsumer call) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        run(clients, instance -> {
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                call.accept(instance);
                latencies.add(System.nanoTime() - start);
            }
        });
        latencies.add(-(long) seconds * 1_000_000_000L); // the duration, for req/s
        return latencies;
    }

    /** What {@link #drain} measured: the latencies of the calls that answered 2xx, and the items that failed, with why. */
    private record Drained(List<Long> latencies, Map<String, String> failures) {
        List<String> failedItems() {
            return List.copyOf(failures.keySet());
        }

        /** « (500: 12, 503: 1) »: the failures by status. */
        String summary() {
            Map<String, Long> byStatus = new TreeMap<>(failures.values().stream()
                    .collect(Collectors.groupingBy(reason -> reason.replaceAll(" .*", ""), Collectors.counting())));
            return byStatus.toString().replace("=", ": ").replace('{', '(').replace('}', ')');
        }
    }

    /**
     * Calls once per item from {@code clients} threads (even ones on A, odd on B), the items taken in
     * turn from one queue. A call that fails is counted (its item, its status) and the client goes on.
     */
    private static Drained drain(int clients, List<String> items, BiConsumer<Integer, String> call)
            throws InterruptedException {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(items);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> failures = new ConcurrentHashMap<>();
        long begin = System.nanoTime();
        run(clients, instance -> {
            String item;
            while ((item = queue.poll()) != null) {
                long start = System.nanoTime();
                try {
                    call.accept(instance, item);
                    latencies.add(System.nanoTime() - start);
                } catch (HttpFailure e) {
                    failures.put(item, e.status + " " + e.getMessage());
                }
            }
        });
        latencies.add(-(System.nanoTime() - begin));
        if (!failures.isEmpty()) {
            System.out.println("INFO " + failures.size() + " call(s) failed, e.g. " + failures.values().iterator().next());
        }
        return new Drained(latencies, failures);
    }

    private static void run(int clients, IntConsumer body) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(clients);
        AtomicInteger failures = new AtomicInteger();
        for (int i = 0; i < clients; i++) {
            int instance = i % 2;
            new Thread(() -> {
                try {
                    body.accept(instance);
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    System.err.println(e.getMessage());
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        if (failures.get() > 0) {
            System.out.println("FAIL " + failures.get() + " client(s) stopped on an error");
            System.exit(1);
        }
    }

    private static <T> T timed(String label, java.util.concurrent.Callable<T> call) throws Exception {
        long start = System.nanoTime();
        T result = call.call();
        System.out.printf("RESULT %s | %.2f s%n", label, (System.nanoTime() - start) / 1e9);
        return result;
    }

    /** Prints a RESULT line; answers req/s. */
    private static double report(String label, int clients, List<Long> measured) {
        List<Long> latencies = new ArrayList<>(measured);
        long elapsed = -latencies.remove(latencies.size() - 1);
        Collections.sort(latencies);
        int n = latencies.size();
        double rate = n / (elapsed / 1e9);
        System.out.printf("RESULT %s | %d clients | %d requests | %.0f req/s | p50 %.1f ms | p99 %.1f ms%n", label,
                clients, n, rate, percentile(latencies, 0.50), percentile(latencies, 0.99));
        return rate;
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    // --- HTTP ---------------------------------------------------------------------------------

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String login() {
        return match(TOKEN, send(0, HttpRequest.newBuilder(URI.create(bases[0] + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + FACILITATOR + "\",\"password\":\"demo\"}"))));
    }

    private static String get(int instance, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bases[instance] + path)).GET();
        return send(instance, path.startsWith("/q/") ? request : request.header("Authorization", "Bearer " + token));
    }

    private static String post(int instance, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bases[instance] + path))
                .header("Authorization", "Bearer " + token);
        return send(instance, body.isEmpty() ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String send(int instance, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http[instance].send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new HttpFailure(response.statusCode(), response.request().method() + " "
                        + response.request().uri() + " → " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer other than 2xx. */
    private static final class HttpFailure extends IllegalStateException {
        final int status;

        HttpFailure(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private static String id(String json) {
        return match(ID, json);
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found in: " + text);
        }
        return matcher.group(1);
    }
}
