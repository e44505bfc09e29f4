package fr.relanceiae.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The committed contract (openapi.yaml), read for tests: its operations and a
 * validator of JSON values against its schemas. The validator knows the subset
 * of JSON Schema the contract uses: type, properties, required, items, enum,
 * $ref, allOf/oneOf/anyOf, nullable and the formats uuid and date-time.
 */
public final class ApiContract {

    private static final Pattern UUID_PATTERN = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation: its method, path template and OpenAPI node. */
    public record Operation(String id, String method, String path, JsonNode node) {

        /** The parameters declared in this place (query, path, header). */
        public List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            node.path("parameters").forEach(parameter -> {
                if (in.equals(parameter.path("in").asText())) {
                    found.add(parameter);
                }
            });
            return found;
        }

        /** The schema of a response's JSON content, or a missing node. */
        public JsonNode responseSchema(int status) {
            JsonNode response = node.path("responses").path(String.valueOf(status));
            return response.path("content").path("application/json").path("schema");
        }

        public boolean declaresResponse(int status) {
            return node.path("responses").has(String.valueOf(status));
        }
    }

    private final JsonNode root;

    private ApiContract(JsonNode root) {
        this.root = root;
    }

    public static ApiContract load(Path file) throws IOException {
        return new ApiContract(new YAMLMapper().readTree(file.toFile()));
    }

    /** The contract of the repository, from the backend's working directory. */
    public static ApiContract ofRepository() {
        try {
            return load(Path.of("..", "openapi.yaml"));
        } catch (IOException e) {
            throw new IllegalStateException("openapi.yaml unreadable", e);
        }
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(method -> {
                if (METHODS.contains(method.getKey())) {
                    operations.add(new Operation(method.getValue().path("operationId").asText(),
                            method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                }
            });
        }
        return operations;
    }

    public Set<String> operationIds() {
        Set<String> ids = new LinkedHashSet<>();
        operations().forEach(operation -> ids.add(operation.id()));
        return ids;
    }

    /** The schema a {@code $ref} names, or the schema itself. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref") && current.size() == 1) {
            current = lookup(current.path("$ref").asText());
        }
        return current;
    }

    private JsonNode lookup(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only local references: " + ref);
        }
        JsonNode node = root;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("Unknown reference " + ref);
        }
        return node;
    }

    /** What in the value breaks the schema (empty: valid). */
    public List<String> validate(JsonNode schema, JsonNode value) {
        List<String> errors = new ArrayList<>();
        validate(schema, value, "$", errors);
        return errors;
    }

    private void validate(JsonNode schema, JsonNode value, String at, List<String> errors) {
        if (schema == null || schema.isMissingNode() || schema.isEmpty()) {
            return;
        }
        if (schema.has("$ref")) {
            validate(lookup(schema.path("$ref").asText()), value, at, errors);
        }
        if (value == null || value instanceof MissingNode) {
            errors.add(at + ": missing");
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false) && schema.has("type")
                    && !schema.path("type").asText().equals("null")) {
                errors.add(at + ": null where " + schema.path("type").asText() + " is expected");
            }
            return;
        }
        for (String combinator : List.of("allOf")) {
            schema.path(combinator).forEach(part -> validate(part, value, at, errors));
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (schema.has(combinator)) {
                int matching = 0;
                for (JsonNode part : schema.path(combinator)) {
                    if (validate(part, value).isEmpty()) {
                        matching++;
                    }
                }
                if (matching == 0 || (combinator.equals("oneOf") && matching > 1)) {
                    errors.add(at + ": " + matching + " schemas of " + combinator + " match");
                }
            }
        }
        if (schema.has("type") && !hasType(value, schema.path("type").asText())) {
            errors.add(at + ": " + value.getNodeType() + " where " + schema.path("type").asText() + " is expected");
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.path("enum")) {
                listed |= allowed.equals(value) || allowed.asText().equals(value.asText());
            }
            if (!listed) {
                errors.add(at + ": " + value + " is not in " + schema.path("enum"));
            }
        }
        if (value.isTextual()) {
            String format = schema.path("format").asText("");
            if (format.equals("uuid") && !UUID_PATTERN.matcher(value.asText()).matches()) {
                errors.add(at + ": " + value + " is not a uuid");
            }
            if (format.equals("date-time") && !isDateTime(value.asText())) {
                errors.add(at + ": " + value + " is not a date-time");
            }
        }
        if (value.isObject()) {
            schema.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    errors.add(at + "." + name.asText() + ": required but absent");
                }
            });
            schema.path("properties").fields().forEachRemaining(property -> {
                if (value.has(property.getKey())) {
                    validate(property.getValue(), value.get(property.getKey()), at + "." + property.getKey(), errors);
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(schema.path("items"), value.get(i), at + "[" + i + "]", errors);
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
