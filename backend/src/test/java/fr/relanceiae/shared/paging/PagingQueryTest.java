package fr.relanceiae.shared.paging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The lists that page but filter no text ({@link PagingQuery}) offer no {@code q} in the contract, and
 * bound {@code page} and {@code size} exactly as the lists that filter ({@link PageQuery}) do.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class PagingQueryTest {

    /** Operations paged by a {@link PagingQuery}: their path and method in the contract. */
    private static final Map<String, String> PAGING_ONLY = Map.of(
            "listStockMovements", "/api/v1/products/{id}/movements get",
            "listAllocationRuns", "/api/v1/allocation-runs get",
            "createAllocationRun", "/api/v1/allocation-runs post",
            "getAllocationRun", "/api/v1/allocation-runs/{id} get",
            "applyAllocationRun", "/api/v1/allocation-runs/{id}/apply post");

    @Test
    void the_contract_offers_page_and_size_but_no_text_filter_where_none_is_applied() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of("..", "openapi.yaml"), StandardCharsets.UTF_8)).path("paths");
        PAGING_ONLY.forEach((operationId, at) -> {
            String[] pathAndMethod = at.split(" ");
            JsonNode operation = paths.path(pathAndMethod[0]).path(pathAndMethod[1]);
            assertThat(operation.path("operationId").asText()).isEqualTo(operationId);
            assertThat(queryParameters(operation)).as(operationId).contains("page", "size").doesNotContain("q");
        });
        // a list that does filter keeps its q
        assertThat(queryParameters(paths.path("/api/v1/buyer-organisations").path("get")))
                .contains("page", "size", "q");
    }

    @Test
    void page_and_size_are_bounded_with_the_same_messages_as_the_filtered_lists() {
        String facilitator = TestTokens.valid(Roles.FACILITATOR);
        Map<String, Object> outOfBounds = Map.of("page", PagingQuery.MAX_PAGE + 1, "size", PagingQuery.MAX_SIZE + 1);
        List<Map<String, String>> expected = given().auth().oauth2(facilitator).queryParams(outOfBounds)
                .when().get("/api/v1/buyer-organisations").then().statusCode(400)
                .contentType("application/problem+json").extract().path("errors");
        assertThat(expected).extracting(error -> error.get("field")).containsExactlyInAnyOrder("page", "size");

        UUID unknown = UUID.randomUUID();
        for (String path : List.of("/api/v1/products/" + unknown + "/movements", "/api/v1/allocation-runs",
                "/api/v1/allocation-runs/" + unknown)) {
            List<Map<String, String>> errors = given().auth().oauth2(facilitator).queryParams(outOfBounds)
                    .when().get(path).then().statusCode(400).contentType("application/problem+json")
                    .extract().path("errors");
            assertThat(errors).as(path).containsExactlyInAnyOrderElementsOf(expected);
        }
        given().auth().oauth2(facilitator).queryParams(Map.of("page", -1, "size", 0))
                .when().get("/api/v1/allocation-runs").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("page", "size"));
    }

    private static List<String> queryParameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            if ("query".equals(parameter.path("in").asText())) {
                names.add(parameter.path("name").asText());
            }
        });
        return names;
    }
}
