package fr.relanceiae.shared.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed root openapi.yaml is the contract: it must equal what the
 * backend generates. Regenerate it with {@code backend/update-contract.sh}.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("..", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committed_contract_equals_the_generated_one() throws IOException {
        String generated = given().accept("application/yaml").when().get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("update-contract")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED).as("root openapi.yaml").exists();
        JsonNode expected = YAML.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        JsonNode actual = YAML.readTree(generated);
        if (!expected.equals(actual)) {
            List<String> differences = new ArrayList<>();
            diff("", expected, actual, differences);
            fail("openapi.yaml differs from the API the backend generates. Regenerate it with "
                    + "`backend/update-contract.sh` (then `npm run gen:api` in frontend/). Differences:\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(40, differences.size()))));
        }
    }

    @Test
    void every_operation_has_an_id_a_summary_and_error_responses() throws IOException {
        JsonNode paths = YAML.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8)).path("paths");
        List<String> problems = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (operation.path("operationId").asText().isBlank()) {
                problems.add(name + ": no operationId");
            }
            if (operation.path("summary").asText().isBlank()) {
                problems.add(name + ": no summary");
            }
            if (!operation.path("responses").has("500")) {
                problems.add(name + ": no error responses");
            }
            boolean secured = operation.has("security") && !operation.path("security").isEmpty();
            if (secured && !operation.path("responses").has("401")) {
                problems.add(name + ": secured without 401");
            }
        }));
        assertThat(problems).isEmpty();
    }

    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String path = at + "/" + field.getKey();
                if (!actual.has(field.getKey())) {
                    out.add("only in openapi.yaml: " + path);
                } else {
                    diff(path, field.getValue(), actual.get(field.getKey()), out);
                }
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    out.add("only in the backend: " + at + "/" + name);
                }
            });
        } else {
            out.add("changed at " + (at.isEmpty() ? "/" : at) + ": " + abbreviate(expected) + " -> " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
