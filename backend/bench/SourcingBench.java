import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sourcing benchmark driver (run by sourcing.sh, not a test): against a running app,
 * measures /q/health/live, the match preview (GET /sourcing-requests/{id}/matches)
 * and publishing (POST /sourcing-requests/{id}/publish: matching + solicitations and
 * their e-mails written) at 1 and 8 concurrent clients, and prints one RESULT line
 * per measure: requests, req/s, p50 and p99 in milliseconds.
 *
 *   java SourcingBench.java http://127.0.0.1:PORT SECONDS
 */
public class SourcingBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        int seconds = Integer.parseInt(args[1]);
        String buyer = login("acheteur@demo.relance-iae.fr");
        String facilitator = login("animateur@demo.relance-iae.fr");
        String deadline = LocalDate.now().plusDays(14).toString();
        String departments = """
                {"title":"Nettoyage de bureaux et de vitres","description":"Nettoyage quotidien de 2 000 m² de bureaux \
                et des vitres une fois par mois.","channel":"QUOTE","sectors":["nettoyage-de-locaux"],\
                "departments":["93","75"],"responseDeadline":"%s","amountMin":20000,"amountMax":60000}""".formatted(deadline);
        String point = """
                {"title":"Entretien d'espaces verts","description":"Tonte et taille de haies sur trois sites.",\
                "channel":"QUOTE","sectors":["creation-et-entretien-des-espaces-verts"],"lat":48.9362,"lon":2.3574,\
                "radiusKm":20,"placeLabel":"Saint-Denis","responseDeadline":"%s"}""".formatted(deadline);

        for (int clients : new int[] { 1, 8 }) {
            report("/q/health/live", clients, loop(clients, seconds, () -> get("/q/health/live", null)));
        }
        for (var body : List.of(List.of("departments (93, 75)", departments), List.of("point + 20 km", point))) {
            String id = submitted(buyer, body.get(1));
            String path = "/api/v1/sourcing-requests/" + id + "/matches";
            String first = get(path, facilitator);
            System.out.println("INFO match preview, " + body.get(0) + ": " + count(first) + " matches");
            for (int clients : new int[] { 1, 8 }) {
                report("match preview, " + body.get(0), clients, loop(clients, seconds, () -> get(path, facilitator)));
            }
        }
        for (int clients : new int[] { 1, 8 }) {
            int requests = 10 * clients;
            ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < requests; i++) {
                ids.add(submitted(buyer, departments));
            }
            report("publish, departments (93, 75)", clients, drain(clients, ids,
                    id -> post("/api/v1/sourcing-requests/" + id + "/publish", facilitator, "")));
        }
    }

    private static String submitted(String buyer, String body) {
        String id = match(ID, post("/api/v1/sourcing-requests", buyer, body));
        post("/api/v1/sourcing-requests/" + id + "/submit", buyer, "");
        return id;
    }

    private static int count(String json) {
        return json.split("\"structureId\"", -1).length - 1;
    }

    /** Calls as fast as possible from {@code clients} threads for {@code seconds}; returns the latencies (ns). */
    private static List<Long> loop(int clients, int seconds, Supplier<String> call) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        run(clients, () -> {
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                call.get();
                latencies.add(System.nanoTime() - start);
            }
        });
        latencies.add(-(long) seconds * 1_000_000_000L); // the duration, for req/s
        return latencies;
    }

    /** Calls once per queued id from {@code clients} threads; returns the latencies (ns). */
    private static List<Long> drain(int clients, ConcurrentLinkedQueue<String> ids,
            java.util.function.Function<String, String> call) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long begin = System.nanoTime();
        run(clients, () -> {
            String id;
            while ((id = ids.poll()) != null) {
                long start = System.nanoTime();
                call.apply(id);
                latencies.add(System.nanoTime() - start);
            }
        });
        latencies.add(-(System.nanoTime() - begin));
        return latencies;
    }

    private static void run(int clients, Runnable body) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(clients);
        AtomicInteger failures = new AtomicInteger();
        for (int i = 0; i < clients; i++) {
            new Thread(() -> {
                try {
                    body.run();
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
            throw new IllegalStateException(failures.get() + " client(s) failed");
        }
    }

    private static void report(String label, int clients, List<Long> measured) {
        List<Long> latencies = new ArrayList<>(measured);
        long elapsed = -latencies.remove(latencies.size() - 1);
        Collections.sort(latencies);
        int n = latencies.size();
        System.out.printf("RESULT %s | %d client%s | %d requests | %.0f req/s | p50 %.1f ms | p99 %.1f ms%n", label,
                clients, clients > 1 ? "s" : "", n, n / (elapsed / 1e9), percentile(latencies, 0.50),
                percentile(latencies, 0.99));
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

    private static String post(String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token);
        return send(body.isEmpty() ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
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
