package fr.relanceiae.shared.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import fr.relanceiae.shared.security.PartnerScope;
import fr.relanceiae.shared.security.ScopeRequirements;

/** The contract declares the scope of every operation in the table, and no other. */
class RequiredScopeContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void every_operation_of_the_scope_table_declares_its_scope_in_the_contract_and_no_other_does() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8)).path("paths");
        Map<String, String> declared = new HashMap<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode scope = operation.getValue().path(RequiredScopeFilter.EXTENSION);
            if (!scope.isMissingNode()) {
                declared.put(operation.getValue().path("operationId").asText(), scope.asText());
            }
        }));
        Map<String, String> table = ScopeRequirements.all().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().value()));
        assertThat(declared).isEqualTo(table);
    }

    @Test
    void the_contract_lists_the_closed_list_of_scopes() throws IOException {
        JsonNode schema = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8))
                .path("components").path("schemas").path(RequiredScopeFilter.SCOPE_SCHEMA).path("enum");
        assertThat(new ObjectMapper().convertValue(schema, String[].class))
                .containsExactlyElementsOf(PartnerScope.allValues());
    }
}
