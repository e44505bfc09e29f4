package fr.relanceiae.shared.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import fr.relanceiae.shared.error.ProblemResponses;
import fr.relanceiae.shared.security.AccessMatrixTest;
import fr.relanceiae.testing.ApiContract;
import fr.relanceiae.testing.ApiContract.Operation;
import fr.relanceiae.testing.ApiExamples;
import fr.relanceiae.testing.ApiExamples.Caller;
import fr.relanceiae.testing.ApiExamples.Example;
import fr.relanceiae.testing.ApiRequest;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Thousands of hostile requests driven by openapi.yaml: each starts from a valid
 * request of an operation, sent with the token of a caller allowed to make it,
 * and breaks one thing (a body field, a query or path parameter, a header, the
 * Content-Type, the whole body), so it reaches deep code. Every answer must be
 * below 500, every error problem+json without a stack trace, every 2xx body
 * valid against the contract. Seeded: {@code -Dfuzz.seed=…} replays a run,
 * {@code -Dfuzz.requests=…} changes its size. All distinct failures of a run are
 * reported, grouped by operation and cause.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ContractFuzzTest {

    private static final long DEFAULT_SEED = 20261201L;
    private static final int DEFAULT_REQUESTS = 5000;
    private static final int THREADS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "\u2063FUZZ\u2063";
    /** Sent as X-Correlation-Id (fuzz-<request number>): the server logs its 500s under it. */
    private static final String CORRELATION_PREFIX = "fuzz-";
    private static final Pattern CORRELATION_IN_LOG = Pattern.compile(CORRELATION_PREFIX + "\\d+");

    private static final String LONG = "x".repeat(100_000);
    /** Long, but the URI stays under Vert.x's 4,096-byte request line (beyond: a bare 414, see the report). */
    private static final String MEDIUM = "é".repeat(200) + "x".repeat(1_500);
    /** 212 characters, 412 once lower-cased (İ becomes i + a combining dot). */
    private static final String LONG_UPPER_EMAIL = "İ".repeat(200) + "@EXAMPLE.ORG";

    /** Text values, for JSON strings, query and path parameters, form fields and CSV cells. */
    private static final List<String> TEXTS = List.of("\u0000", "a\u0000b", "\u0001\u0008\u001b\u007f", "\r\n\t",
            "\u202eالعربية\u202c", "😀👩‍👩‍👧🇫🇷", "\" OR 1=1 --", "' OR '1'='1", "title:(a AND b)~", "*?", "a*", "~1",
            "(", "\\", "%00", "${jndi:ldap://x}", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "", " ",
            "NOT_AN_ENUM", "null", "true", "-1", "0", "1e-2000000", "1e308", "-1e308", "1e2000000", "2147483647", "2147483648",
            "9223372036854775808", "99999999999999999999999999", "NaN", "Infinity", "0x1F", "1,5",
            "00000000-0000-0000-0000-000000000000", "not-a-uuid", MEDIUM, LONG_UPPER_EMAIL, "a@b", "@", "İ",
            "2026-13-45T99:99:99Z");

    private static final List<String> SHORT_TEXTS = TEXTS.stream().filter(text -> text.length() < 50).toList();

    /** Operations whose every call costs a bcrypt hash or a background job: fewer requests. */
    private static final Map<String, Integer> COSTLY = Map.of("login", 3, "changePassword", 4, "refreshSession", 3,
            "importStructures", 2, "exportStructures", 2);

    /** Raw JSON values put in place of one field. */
    private static final List<String> JSON_VALUES = List.of("1e-2000000", "1e-20000000", "1e308", "-1e308", "1e2000000",
            "-1", "0", "-0", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999999999",
            "0.000000000000000000000001", "1.005", "123456789.123456789", "true", "false", "null", "{}", "[]", "[null]",
            "{\"a\":1}", "[\"x\",\"x\"]", "[" + "1,".repeat(5000) + "1]", "\"" + LONG + "\"");

    /** Whole bodies. */
    private static final List<String> BODIES = List.of("", "null", "[]", "{}", "\"x\"", "1", "{", "{\"a\":", "}",
            "not json", "\u0000", "\uFEFF{}", "{\"a\":1}{\"b\":2}", "[".repeat(1000) + "]".repeat(1000),
            "{\"a\":".repeat(1000) + "1" + "}".repeat(1000), "{\"a\":1,\"a\":2}", "{'a':1}", "{a:1}",
            "{\"x\":\"" + LONG + "\"}");

    private static final List<String> CONTENT_TYPES = List.of("a/b/c", "x", "/", ";", "", "text/plain",
            "application/xml", "application/json; charset=ISO-8859-1", "application/json; charset=nope",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*", "application/json;;;",
            "text/csv", "application/octet-stream", "application/problem+json", "APPLICATION/JSON");

    private static final List<String> IF_MATCHES = List.of("*", "W/\"0\"", "\"abc\"", "\"99999999999999999999999\"",
            "\"-1\"", "", "0", "\"0\", \"1\"", "x".repeat(3000), "\"1e308\"", "\"", "\"\"");

    enum Mutation {
        NONE, BODY_FIELD, BODY_FIELD_REMOVED, BODY_DUPLICATE_KEY, BODY_WHOLE, CONTENT_TYPE, QUERY, QUERY_REMOVED_OR_REPEATED,
        PATH, IF_MATCH, FORM, CSV
    }

    record Plan(int index, String operationId, Caller caller, Mutation mutation, long seed) {
    }

    record Failure(String group, Plan plan, String request, String answer) {
    }

    private final ApiContract contract = ApiContract.ofRepository();
    private final Map<String, Operation> operations = new LinkedHashMap<>();
    private final Map<String, Example> examples = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> statusClasses = new ConcurrentHashMap<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failureCounts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> millisPerOperation = new ConcurrentHashMap<>();
    private final AtomicInteger unsendable = new AtomicInteger();
    private final AtomicLong slowestMillis = new AtomicLong();
    private volatile String slowest = "";
    private ApiExamples world;

    /** The root cause of each 500, by correlation id, read from the server's error log (same JVM). */
    private final Map<String, String> causes = new ConcurrentHashMap<>();
    private final Handler serverCauses = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String text = (record instanceof ExtLogRecord extended ? extended.getFormattedMessage() : record.getMessage())
                    + " " + Arrays.toString(record.getParameters());
            Matcher correlation = CORRELATION_IN_LOG.matcher(text);
            if (record.getThrown() != null && correlation.find()) {
                String correlationId = correlation.group();
                Throwable root = record.getThrown();
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("")
                        .replaceAll("[0-9a-f-]{36}", "…").replaceAll("\\d{2,}", "N");
                causes.put(correlationId, root.getClass().getSimpleName() + ": " + abbreviate(message));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Test
    void thousands_of_hostile_requests_get_clean_answers_that_match_the_contract() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        contract.operations().forEach(operation -> operations.put(operation.id(), operation));
        world = new ApiExamples();
        // the root logger: every record reaches it, whatever the category's own configuration
        Logger errors = Logger.getLogger("");
        errors.addHandler(serverCauses);
        List<Plan> plans = plan(seed, requests);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (Plan plan : plans) {
            pool.submit(() -> run(plan));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("fuzz run finished").isTrue();
        errors.removeHandler(serverCauses);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        int total = statusClasses.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("Contract fuzz (seed %d): %d requests over %d operations in %d s, %s, %d not sendable, "
                + "slowest %d ms (%s)%n", seed, total, operations.size(), seconds, new TreeMap<>(statusClasses), unsendable.get(),
                slowestMillis.get(), slowest);
        System.out.println("Contract fuzz: server time per operation (ms): " + millisPerOperation.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(10)
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", ")));
        String report = failures.values().stream()
                .sorted((a, b) -> a.group().compareTo(b.group()))
                .map(failure -> "- " + failure.group() + " (" + failureCounts.get(failure.group()) + " answers; first: request #"
                        + failure.plan().index() + ", " + failure.plan().caller() + ", " + failure.plan().mutation() + ")\n"
                        + indent(failure.request()) + "\n  → " + failure.answer())
                .collect(Collectors.joining("\n"));
        if (!failures.isEmpty()) {
            System.out.println("Contract fuzz failures (seed " + seed + "):\n" + report);
        }
        assertThat(total).as("requests sent").isGreaterThanOrEqualTo(Math.min(requests, 5000));
        assertThat(failures).as("%d distinct failures with -Dfuzz.seed=%d:%n%s", failures.size(), seed, report).isEmpty();
    }

    private List<Plan> plan(long seed, int requests) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        for (String id : operations.keySet()) {
            for (int share = 0; share < 4; share++) {
                ids.add(id);
            }
        }
        COSTLY.forEach((id, divisor) -> {
            for (int share = 0; share < 4 - 4 / divisor; share++) {
                ids.remove(id);
            }
        });
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String id = ids.get(i % ids.size());
            List<Caller> callers = AccessMatrixTest.allowedCallers(id);
            Caller caller = callers.isEmpty() ? Caller.ADMIN : callers.get(random.nextInt(callers.size()));
            plans.add(new Plan(i, id, caller, mutationFor(operations.get(id), random), random.nextLong()));
        }
        return plans;
    }

    private static Mutation mutationFor(Operation operation, Random random) {
        List<Mutation> possible = new ArrayList<>();
        JsonNode content = operation.node().path("requestBody").path("content");
        if (content.has("application/json")) {
            add(possible, Mutation.BODY_FIELD, 10);
            add(possible, Mutation.BODY_FIELD_REMOVED, 2);
            add(possible, Mutation.BODY_DUPLICATE_KEY, 1);
            add(possible, Mutation.BODY_WHOLE, 3);
        }
        if (content.has("application/x-www-form-urlencoded")) {
            add(possible, Mutation.FORM, 12);
        }
        if (content.has("text/csv")) {
            add(possible, Mutation.CSV, 12);
        }
        if (!content.isMissingNode()) {
            add(possible, Mutation.CONTENT_TYPE, 3);
        }
        if (!operation.parameters("query").isEmpty()) {
            add(possible, Mutation.QUERY, 12);
            add(possible, Mutation.QUERY_REMOVED_OR_REPEATED, 2);
        }
        if (!operation.parameters("path").isEmpty()) {
            add(possible, Mutation.PATH, 4);
        }
        if (operation.parameters("header").stream().anyMatch(header -> header.path("name").asText().equals("If-Match"))) {
            add(possible, Mutation.IF_MATCH, 3);
        }
        add(possible, Mutation.NONE, 1);
        if (possible.size() == 1) {
            // no input at all (GET /sectors…): the request is all there is
            return Mutation.NONE;
        }
        return possible.get(random.nextInt(possible.size()));
    }

    private static void add(List<Mutation> possible, Mutation mutation, int weight) {
        for (int i = 0; i < weight; i++) {
            possible.add(mutation);
        }
    }

    private void run(Plan plan) {
        String key = plan.operationId() + "/" + plan.caller();
        Example example;
        ApiRequest request;
        try {
            example = examples.computeIfAbsent(key, ignored -> world.example(plan.operationId(), plan.caller()));
            request = mutate(example.request(), operations.get(plan.operationId()), plan)
                    .header(ProblemResponses.CORRELATION_HEADER, CORRELATION_PREFIX + plan.index());
        } catch (RuntimeException e) {
            record(plan, "fixture or mutation failed: " + e, "(no request)", e.toString());
            return;
        }
        ApiRequest.Answer answer;
        long start = System.nanoTime();
        String token = world.token(plan.caller(), AccessMatrixTest.requiredScope(plan.operationId()));
        try {
            answer = sendRetryingOnce(request, token);
        } catch (IllegalArgumentException e) {
            // the JDK client refuses to send it (a header value it deems invalid): not the server's business
            unsendable.incrementAndGet();
            return;
        } catch (RuntimeException e) {
            record(plan, "no answer: " + e.getClass().getSimpleName(), request.toString(), String.valueOf(e.getCause()));
            return;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        millisPerOperation.computeIfAbsent(plan.operationId(), ignored -> new AtomicLong()).addAndGet(millis);
        if (millis > slowestMillis.get()) {
            slowestMillis.set(millis);
            slowest = plan.operationId() + " " + plan.mutation();
        }
        statusClasses.computeIfAbsent(answer.status() / 100 + "xx", ignored -> new AtomicInteger()).incrementAndGet();
        if (answer.status() < 300 && !request.method().equals("GET")
                && (example.probe() != null || plan.operationId().equals("refreshSession"))) {
            examples.remove(key, example); // consumed (created, deleted or versioned): fresh fixtures next time
        }
        check(plan, request, answer);
    }

    /** A pooled connection the server closed as idle fails at once: the request is sent again on a new one. */
    private static ApiRequest.Answer sendRetryingOnce(ApiRequest request, String token) {
        try {
            return request.send(token);
        } catch (UncheckedIOException e) {
            return request.send(token);
        }
    }

    private void check(Plan plan, ApiRequest request, ApiRequest.Answer answer) {
        Operation operation = operations.get(plan.operationId());
        String summary = answer.status() + " " + answer.contentType() + " " + abbreviate(answer.body());
        if (answer.status() >= 500) {
            String cause = causes.getOrDefault(CORRELATION_PREFIX + plan.index(), cause(answer.body()));
            record(plan, answer.status() + " " + cause, request.toString(), summary);
            return;
        }
        if (answer.body().contains("at fr.") || answer.body().contains("Exception")) {
            record(plan, "stack trace or exception name in the body", request.toString(), summary);
        }
        if (answer.status() >= 400) {
            boolean oauth = plan.operationId().equals("issueClientToken") && answer.contentType().startsWith("application/json");
            if (!answer.contentType().startsWith("application/problem+json") && !oauth) {
                record(plan, answer.status() + " not problem+json (" + answer.contentType() + ")", request.toString(), summary);
            }
            return;
        }
        if (!operation.declaresResponse(answer.status())) {
            record(plan, "status " + answer.status() + " not in the contract", request.toString(), summary);
            return;
        }
        JsonNode schema = operation.responseSchema(answer.status());
        if (schema.isMissingNode()) {
            return;
        }
        try {
            List<String> errors = contract.validate(schema, JSON.readTree(answer.body()));
            if (!errors.isEmpty()) {
                record(plan, answer.status() + " body not valid against the contract: " + errors.get(0).replaceAll("\\[\\d+]", "[]"),
                        request.toString(), errors.size() + " errors: " + abbreviate(String.join("; ", errors)));
            }
        } catch (IOException e) {
            record(plan, answer.status() + " body not JSON", request.toString(), summary);
        }
    }

    private void record(Plan plan, String cause, String request, String answer) {
        String group = plan.operationId() + ": " + cause;
        failureCounts.computeIfAbsent(group, ignored -> new AtomicInteger()).incrementAndGet();
        failures.putIfAbsent(group, new Failure(group, plan, request, answer));
    }

    /** The problem's title and detail, to group 500s by what went wrong when the body says it. */
    private static String cause(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.path("title").asText("(no title)") + " (cause not found in the server log)";
        } catch (IOException e) {
            return abbreviate(body);
        }
    }

    // --- Mutations ------------------------------------------------------------------

    private ApiRequest mutate(ApiRequest valid, Operation operation, Plan plan) {
        Random random = new Random(plan.seed());
        return switch (plan.mutation()) {
            case NONE -> valid;
            case BODY_FIELD -> valid.body(valid.contentType(), replaceField(valid.bodyText(), operation, random));
            case BODY_FIELD_REMOVED -> valid.body(valid.contentType(), removeField(valid.bodyText(), random));
            case BODY_DUPLICATE_KEY -> valid.body(valid.contentType(), duplicateKey(valid.bodyText(), random));
            case BODY_WHOLE -> valid.body(valid.contentType(), pick(BODIES, random));
            case CONTENT_TYPE -> random.nextInt(8) == 0 ? valid.body(null, valid.body())
                    : valid.body(pick(CONTENT_TYPES, random), valid.body());
            case QUERY -> mutateQuery(valid, operation, random);
            case QUERY_REMOVED_OR_REPEATED -> repeatOrDropQuery(valid, operation, random);
            case PATH -> mutatePath(valid, random);
            case IF_MATCH -> random.nextInt(6) == 0 ? valid.header("If-Match", null) : valid.header("If-Match", pick(IF_MATCHES, random));
            case FORM -> valid.body(valid.contentType(), mutateForm(valid.bodyText(), random));
            case CSV -> valid.body(valid.contentType(), mutateCsv(valid.bodyText(), random));
        };
    }

    private String replaceField(String body, Operation operation, Random random) {
        ObjectNode root = objectOf(body);
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        JsonNode schema = contract.resolve(operation.node().path("requestBody").path("content").path("application/json")
                .path("schema"));
        schema.path("properties").fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                fields.add(name);
            }
        });
        if (fields.isEmpty()) {
            return body;
        }
        String field = pick(fields, random);
        JsonNode current = root.get(field);
        if (current instanceof ArrayNode array && !array.isEmpty() && random.nextBoolean()) {
            array.set(random.nextInt(array.size()), TextNode.valueOf(MARKER));
        } else {
            root.set(field, TextNode.valueOf(MARKER));
        }
        return root.toString().replace("\"" + MARKER + "\"", hostileJsonValue(random));
    }

    private static String hostileJsonValue(Random random) {
        if (random.nextBoolean()) {
            return pick(JSON_VALUES, random);
        }
        return JSON.valueToTree(pick(TEXTS, random)).toString();
    }

    private static String removeField(String body, Random random) {
        ObjectNode root = objectOf(body);
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        if (!fields.isEmpty()) {
            root.remove(pick(fields, random));
        }
        return root.toString();
    }

    private static String duplicateKey(String body, Random random) {
        ObjectNode root = objectOf(body);
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        if (fields.isEmpty()) {
            return "{\"a\":1,\"a\":2}";
        }
        String field = pick(fields, random);
        String duplicate = JSON.valueToTree(field).toString() + ":" + hostileJsonValue(random);
        String serialized = root.toString();
        return random.nextBoolean() ? "{" + duplicate + "," + serialized.substring(1)
                : serialized.substring(0, serialized.length() - 1) + "," + duplicate + "}";
    }

    private static ObjectNode objectOf(String body) {
        try {
            JsonNode node = body == null ? null : JSON.readTree(body);
            return node instanceof ObjectNode object ? object : JSON.createObjectNode();
        } catch (IOException e) {
            throw new IllegalStateException("The valid example is not JSON: " + body, e);
        }
    }

    private static ApiRequest mutateQuery(ApiRequest valid, Operation operation, Random random) {
        List<String> names = new ArrayList<>();
        operation.parameters("query").forEach(parameter -> names.add(parameter.path("name").asText()));
        String name = pick(names, random);
        List<Map.Entry<String, String>> query = new ArrayList<>(valid.query());
        query.removeIf(entry -> entry.getKey().equals(name));
        query.add(Map.entry(name, random.nextInt(10) == 0 ? "123456789" : pick(TEXTS, random)));
        return valid.withQuery(query);
    }

    private static ApiRequest repeatOrDropQuery(ApiRequest valid, Operation operation, Random random) {
        List<Map.Entry<String, String>> query = new ArrayList<>(valid.query());
        if (!query.isEmpty() && random.nextBoolean()) {
            query.remove(random.nextInt(query.size()));
        } else {
            String name = operation.parameters("query").get(random.nextInt(operation.parameters("query").size())).path("name").asText();
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                query.add(Map.entry(name, pick(SHORT_TEXTS, random)));
            }
            query.add(Map.entry("inconnu", "1"));
        }
        return valid.withQuery(query);
    }

    private static ApiRequest mutatePath(ApiRequest valid, Random random) {
        List<String> names = new ArrayList<>(valid.pathParams().keySet());
        String value = pick(TEXTS, random);
        // an empty segment is another operation's path (GET /structures/ is the search)
        return valid.pathParam(pick(names, random), value.isEmpty() ? "%" : value);
    }

    private static String mutateForm(String body, Random random) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        List<String> names = new ArrayList<>(List.of("grant_type", "client_id", "client_secret", "scope"));
        String name = pick(names, random);
        int how = random.nextInt(10);
        StringBuilder form = new StringBuilder();
        if (how == 0) {
            fields.remove(name);
        } else if (how == 1) {
            form.append(encode(name)).append('=').append(encode(pick(TEXTS, random))).append('&');
        } else if (how == 2 && name.equals("scope")) {
            fields.put("scope", "directory:read inconnu:scope");
        } else {
            fields.put(name, pick(TEXTS, random));
        }
        fields.forEach((key, value) -> form.append(encode(key)).append('=').append(encode(value)).append('&'));
        if (random.nextInt(20) == 0) {
            form.append("%zz=%&&==");
        }
        return form.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String mutateCsv(String body, Random random) {
        String[] lines = body.split("\n");
        String[] header = lines[0].split(",");
        String[] cells = lines[1].split(",", -1);
        int how = random.nextInt(12);
        if (how == 0) {
            return pick(List.of("", "\n", "siret,name,kind\n", "\u0000\u0001\u0002", "a;b;c\n1;2;3\n", "\"unterminated\n",
                    "siret,siret,siret\n1,2,3\n", "\uFEFF" + body, LONG), random);
        }
        if (how == 1) {
            return lines[0] + ",extra\n" + lines[1] + ",1,2,3\n";
        }
        if (how == 2) {
            return body.replace("\n", "\r\n").replace(",", ";");
        }
        int column = random.nextInt(header.length);
        if (how == 3) {
            String[] extended = { "insertion_fte", "latitude", "longitude", "geo_radius_km", "sectors", "presta_types",
                "geo_range", "geo_departments", "naf", "email", "post_code", "department", "description" };
            return lines[0] + "," + pick(List.of(extended), random) + "\n" + lines[1] + "," + csvCell(pick(TEXTS, random)) + "\n";
        }
        cells[column] = csvCell(pick(TEXTS, random));
        return lines[0] + "\n" + String.join(",", cells) + "\n";
    }

    private static String csvCell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? String.valueOf(text) : text.substring(0, 300) + "…";
    }

    private static String indent(String request) {
        String shown = request.length() > 1500 ? request.substring(0, 1500) + "…" : request;
        return "  " + shown.replace("\n", "\n  ");
    }
}
