package fr.relanceiae.shared.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the errors every operation can answer, so that each one lists them
 * without repeating annotations: 500 always, 400 with a body or parameters,
 * 401/403 when secured, 404 with a path parameter. Run at build time: the document is then
 * ready-made in the package instead of being filtered at every start.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
            String path = entry.getKey();
            if (!path.startsWith("/api/")) {
                continue;
            }
            Map<PathItem.HttpMethod, Operation> operations = entry.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            operations.values().forEach(operation -> documentErrors(path, operation));
        }
    }

    private static void documentErrors(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (operation.getRequestBody() != null || hasParameters) {
            addIfAbsent(responses, "400", "BadRequest");
        }
        if (isSecured(operation)) {
            responses.addAPIResponse("401", reference("Unauthorized"));
            responses.addAPIResponse("403", reference("Forbidden"));
        }
        if (path.contains("{")) {
            addIfAbsent(responses, "404", "NotFound");
        }
        addIfAbsent(responses, "500", "InternalError");
    }

    private static boolean isSecured(Operation operation) {
        List<?> security = operation.getSecurity();
        return security != null && !security.isEmpty();
    }

    private static void addIfAbsent(APIResponses responses, String code, String name) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, reference(name));
        }
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse reference(String name) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
    }
}
