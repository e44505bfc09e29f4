package fr.relanceiae.shared.openapi;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import fr.relanceiae.shared.web.ETags;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the conditional writes once, from their {@code If-Match} header parameter
 * ({@link ETags#check}): such an operation answers 412 when the version is stale and 428
 * without one, and its 200 carries the new version as {@code ETag}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class IfMatchResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getParameters() == null || operation.getParameters().stream().noneMatch(
                parameter -> parameter.getIn() == Parameter.In.HEADER
                        && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName()))) {
            return operation;
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        addIfAbsent(responses, "412", "Stale If-Match");
        addIfAbsent(responses, "428", "No If-Match");
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null && (ok.getHeaders() == null || !ok.getHeaders().containsKey(HttpHeaders.ETAG))) {
            ok.addHeader(HttpHeaders.ETAG, OASFactory.createHeader());
        }
        return operation;
    }

    private static void addIfAbsent(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }
}
