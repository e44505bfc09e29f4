package fr.relanceiae.shared.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Holds the line on input bounds: in the committed contract, every value a
 * client may send (request body properties, query and path parameters) declares
 * its bounds, so that every later endpoint must too. A string needs a
 * {@code maxLength} (unless an enum or a uuid, date or binary), a number both a
 * minimum and a maximum (exclusive ones count), an array a {@code maxItems}.
 * Header parameters are left out: their size is bounded by the HTTP server.
 */
class RequestBoundsContractTest {

    private static final Path COMMITTED = Path.of("..", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SELF_BOUNDED_FORMATS = Set.of("uuid", "date", "date-time", "binary");
    private static final Set<String> CHECKED_PARAMETERS = Set.of("query", "path", "cookie");

    @Test
    void every_request_value_in_the_contract_declares_its_bounds() throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        assertThat(unbounded(contract))
                .as("request values without bounds: add @Size/@Min/@Max/@DecimalMin/@DecimalMax (or @Schema "
                        + "maxLength, minimum, maximum, maxItems), then run backend/update-contract.sh")
                .isEmpty();
    }

    @Test
    void the_check_finds_each_kind_of_unbounded_value() throws IOException {
        JsonNode contract = YAML.readTree("""
                paths:
                  /things/{id}:
                    put:
                      parameters:
                      - {name: id, in: path, schema: {type: string, format: uuid}}
                      - {name: q, in: query, schema: {type: string}}
                      - {name: page, in: query, schema: {type: integer, minimum: 0}}
                      - {name: If-Match, in: header, schema: {type: string}}
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Thing'}
                components:
                  schemas:
                    Thing:
                      type: object
                      properties:
                        name: {type: string, maxLength: 200}
                        note: {type: string}
                        kind: {type: string, enum: [A, B]}
                        price: {type: number, exclusiveMinimum: 0, maximum: 10}
                        count: {type: integer, maximum: 10}
                        tags: {type: array, items: {type: string, maxLength: 50}}
                        parts: {type: array, maxItems: 3, items: {$ref: '#/components/schemas/Part'}}
                        parent: {$ref: '#/components/schemas/Thing'}
                    Part:
                      type: object
                      properties:
                        label: {type: string}
                """);
        assertThat(unbounded(contract)).containsExactlyInAnyOrder(
                "PUT /things/{id} query q: string without maxLength",
                "PUT /things/{id} query page: number without minimum and maximum",
                "PUT /things/{id} body note: string without maxLength",
                "PUT /things/{id} body count: number without minimum and maximum",
                "PUT /things/{id} body tags: array without maxItems",
                "PUT /things/{id} body parts[].label: string without maxLength");
    }

    private static List<String> unbounded(JsonNode contract) {
        List<String> found = new ArrayList<>();
        JsonNode schemas = contract.path("components").path("schemas");
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String operation = op.getKey().toUpperCase() + " " + path.getKey();
            for (JsonNode parameter : op.getValue().path("parameters")) {
                if (CHECKED_PARAMETERS.contains(parameter.path("in").asText())) {
                    check(parameter.path("schema"), operation + " " + parameter.path("in").asText() + " "
                            + parameter.path("name").asText(), schemas, new HashSet<>(), found);
                }
            }
            op.getValue().path("requestBody").path("content").fields().forEachRemaining(
                    content -> check(content.getValue().path("schema"), operation + " body", schemas, new HashSet<>(),
                            found));
        }));
        return found.stream().distinct().toList();
    }

    private static void check(JsonNode schema, String where, JsonNode schemas, Set<String> visiting,
            List<String> found) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            if (visiting.add(name)) {
                check(schemas.path(name), where, schemas, visiting, found);
                visiting.remove(name);
            }
            return;
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : schema.path(combinator)) {
                check(part, where, schemas, visiting, found);
            }
        }
        String type = schema.path("type").asText();
        String prefix = where.endsWith(" body") ? where + " " : where + ".";
        switch (type) {
            case "object", "" -> schema.path("properties").fields().forEachRemaining(
                    property -> check(property.getValue(), prefix + property.getKey(), schemas, visiting, found));
            case "array" -> {
                if (!schema.has("maxItems")) {
                    found.add(where + ": array without maxItems");
                }
                check(schema.path("items"), where + "[]", schemas, visiting, found);
            }
            case "string" -> {
                if (!schema.has("maxLength") && !schema.has("enum")
                        && !SELF_BOUNDED_FORMATS.contains(schema.path("format").asText())) {
                    found.add(where + ": string without maxLength");
                }
            }
            case "integer", "number" -> {
                boolean min = schema.has("minimum") || schema.has("exclusiveMinimum");
                boolean max = schema.has("maximum") || schema.has("exclusiveMaximum");
                if (!min || !max) {
                    found.add(where + ": number without minimum and maximum");
                }
            }
            default -> {
                // boolean, null: bounded by nature
            }
        }
    }
}
