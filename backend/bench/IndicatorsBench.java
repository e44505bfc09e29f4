import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Activity barometer benchmark driver (run by indicators.sh, not a test): loads the surveys with
 * indicators.sql (next to this file), then against the running app measures /q/health/live and the
 * indicators (the whole cube, and the rows the dashboard asks for with `level`) at 1 and CLIENTS concurrent clients, each for SECONDS after a warm-up, and prints one
 * RESULT line per measure (requests, req/s, p50, p99 in ms) and the ratio of each to /q/health/live.
 *
 *   java -Dbench.dir=… -cp postgresql.jar IndicatorsBench.java http://127.0.0.1:PORT JDBC_URL SURVEYS SECONDS CLIENTS
 */
public class IndicatorsBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TOKEN = Pattern.compile("\"(?:accessToken|access_token)\"\\s*:\\s*\"([^\"]+)\"");
    private static final int WARM_UP_SECONDS = 5;
    private static final int COLD_REQUESTS = 10;

    private static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String jdbc = args[1];
        int surveys = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        seed(jdbc, surveys);

        String facilitator = login("animateur@demo.relance-iae.fr");
        String partner = match(TOKEN, send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=partenaire-demo&client_secret=demo-secret"))));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String to = week(today);
        String from = week(today.minusWeeks(51));
        String year = "/api/v1/indicators/activity?from=" + from + "&to=" + to;

        String body = get(year, facilitator);
        System.out.printf("INFO one year (%s to %s): %d cells, %d kB of JSON, %d structures answered in all%n", from,
                to, count(body, "\"week\""), body.length() / 1024, answeredInAll(body));
        String suppressed = get(year, partner);
        System.out.printf("INFO partner's year: %d cells of %d suppressed%n", count(suppressed, "\"suppressed\":true"),
                count(suppressed, "\"week\""));

        List<Object[]> calls = List.of(
                new Object[] { "/q/health/live", (Supplier<String>) () -> get("/q/health/live", null) },
                new Object[] { "indicators, one year, facilitator", (Supplier<String>) () -> get(year, facilitator) },
                new Object[] { "indicators, one year, partner (suppressed)", (Supplier<String>) () -> get(year, partner) },
                new Object[] { "indicators, one year, department 93", (Supplier<String>) () -> get(year + "&department=93",
                        facilitator) },
                new Object[] { "indicators, 12 weeks (default), facilitator", (Supplier<String>) () -> get(
                        "/api/v1/indicators/activity", facilitator) },
                // what the dashboard asks for: the week's totals of the period, then one week's breakdowns
                new Object[] { "dashboard, 12 weeks (default), the week's totals (level=WEEK)", (Supplier<String>) () ->
                        get("/api/v1/indicators/activity?level=WEEK", facilitator) },
                new Object[] { "dashboard, one year, the week's totals (level=WEEK)", (Supplier<String>) () ->
                        get(year + "&level=WEEK", facilitator) },
                new Object[] { "dashboard, this week by department and by kind (level=DEPARTMENT&level=KIND)",
                        (Supplier<String>) () -> get("/api/v1/indicators/activity?from=" + to + "&to=" + to
                                + "&level=DEPARTMENT&level=KIND", facilitator) },
                new Object[] { "dashboard, one year of department 93, its totals (level=DEPARTMENT)",
                        (Supplier<String>) () -> get(year + "&department=93&level=DEPARTMENT", facilitator) },
                new Object[] { "CSV export, one year, facilitator", (Supplier<String>) () -> get(
                        year.replace("activity?", "activity/export?format=csv&"), facilitator) });
        // the weeks' figures are kept in memory while their answers do not change: also measured when
        // every week of the year changed since the last request (all 200,000 answers summed again)
        for (String[] audience : new String[][] { { "facilitator", facilitator }, { "partner (suppressed)", partner } }) {
            List<Long> cold = new ArrayList<>();
            long begin = System.nanoTime();
            for (int i = 0; i < COLD_REQUESTS; i++) {
                touchEveryWeek(jdbc);
                long start = System.nanoTime();
                get(year, audience[1]);
                cold.add(System.nanoTime() - start);
            }
            cold.add(-(System.nanoTime() - begin));
            report("indicators, one year, " + audience[0] + ", every week changed (nothing kept)", 1, cold);
        }
        for (int concurrency : new int[] { 1, clients }) {
            double live = 0;
            for (Object[] call : calls) {
                @SuppressWarnings("unchecked")
                Supplier<String> request = (Supplier<String>) call[1];
                loop(concurrency, WARM_UP_SECONDS, request);
                double rate = report((String) call[0], concurrency, loop(concurrency, seconds, request));
                if (live == 0) {
                    live = rate;
                } else {
                    System.out.printf(Locale.ROOT, "RATIO %s | %d client%s | %.4f of /q/health/live%n", call[0],
                            concurrency, concurrency > 1 ? "s" : "", rate / live);
                }
            }
        }
    }

    /** Runs indicators.sql with the number of surveys; prints what the table holds after. */
    private static void seed(String jdbc, int surveys) throws Exception {
        String sql = Files.readString(Path.of(System.getProperty("bench.dir", "."), "indicators.sql"))
                .replace("${surveys}", Integer.toString(surveys));
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "");
                Statement statement = connection.createStatement()) {
            StringBuilder current = new StringBuilder();
            for (String line : sql.split("\n")) {
                if (line.strip().startsWith("--") && current.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    statement.execute(current.toString());
                    current.setLength(0);
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT count(*), count(DISTINCT structure_id),"
                    + " count(DISTINCT week), count(DISTINCT department) FROM activity_survey")) {
                rows.next();
                System.out.printf("INFO seeded in %.1f s: %d surveys of %d structures over %d weeks and %d departments%n",
                        (System.nanoTime() - start) / 1e9, rows.getLong(1), rows.getLong(2), rows.getLong(3),
                        rows.getLong(4));
            }
        }
    }

    /** What any write of an answer does to its week's count (the V30 trigger): the kept figures are stale. */
    private static void touchEveryWeek(String jdbc) {
        try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE activity_survey_week SET changes = changes + 1");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String week(LocalDate date) {
        return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The weeks' totals added up: the rows with "structures" and neither department nor kind. */
    private static long answeredInAll(String json) {
        long sum = 0;
        Matcher cell = Pattern.compile("\\{\"week\":\"[^\"]+\",\"structures\":(\\d+)").matcher(json);
        while (cell.find()) {
            sum += Long.parseLong(cell.group(1));
        }
        return sum;
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    /** Calls as fast as possible from {@code clients} threads for {@code seconds}; returns the latencies (ns). */
    private static List<Long> loop(int clients, int seconds, Supplier<String> call) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(clients);
        AtomicInteger failures = new AtomicInteger();
        for (int i = 0; i < clients; i++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        call.get();
                        latencies.add(System.nanoTime() - start);
                    }
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
            System.out.println("FAIL " + failures.get() + " client(s) failed");
            System.exit(1);
        }
        latencies.add(-(long) seconds * 1_000_000_000L);
        return latencies;
    }

    /** Prints the RESULT line; answers the req/s. */
    private static double report(String label, int clients, List<Long> measured) {
        List<Long> latencies = new ArrayList<>(measured);
        long elapsed = -latencies.remove(latencies.size() - 1);
        Collections.sort(latencies);
        int n = latencies.size();
        double rate = n / (elapsed / 1e9);
        System.out.printf(Locale.ROOT, "RESULT %s | %d client%s | %d requests | %.1f req/s | p50 %.1f ms | p99 %.1f ms%n",
                label, clients, clients > 1 ? "s" : "", n, rate, percentile(latencies, 0.50), percentile(latencies, 0.99));
        return rate;
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static String login(String email) {
        return match(TOKEN, send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"demo\"}"))));
    }

    private static String get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.request().uri() + " → " + response.statusCode() + " "
                        + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found in: " + text);
        }
        return matcher.group(1);
    }
}
