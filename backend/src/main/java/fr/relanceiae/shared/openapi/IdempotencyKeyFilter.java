package fr.relanceiae.shared.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import fr.relanceiae.shared.error.Problem;
import fr.relanceiae.shared.idempotency.IdempotentRequests;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents idempotent creation once, from its {@code Idempotency-Key} header parameter
 * ({@code @HeaderParam(IdempotentRequests.HEADER)}, see {@link IdempotentRequests}): the
 * key's format and meaning, the 409 of a duplicate still in flight and the 422 of a key
 * reused with another body.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyFilter implements OASFilter {

    static final String DESCRIPTION = "Makes the creation safe to retry: a unique value per creation (a UUID), "
            + "1 to 255 printable ASCII characters, kept 24 hours per caller. The same key with the same body "
            + "answers the first response again (with `Idempotency-Replayed: true`); with another body, 422; "
            + "while the first request still runs, 409.";

    @Override
    public Operation filterOperation(Operation operation) {
        Parameter header = operation.getParameters() == null ? null : operation.getParameters().stream()
                .filter(parameter -> parameter.getIn() == Parameter.In.HEADER
                        && IdempotentRequests.HEADER.equalsIgnoreCase(parameter.getName()))
                .findFirst().orElse(null);
        if (header == null) {
            return operation;
        }
        header.setDescription(DESCRIPTION);
        header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .minLength(1).maxLength(IdempotentRequests.MAX_KEY_LENGTH).pattern(IdempotentRequests.KEY_PATTERN));
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse("409")) {
            responses.addAPIResponse("409", OASFactory.createAPIResponse().ref("#/components/responses/Conflict"));
        }
        if (!responses.hasAPIResponse("422")) {
            responses.addAPIResponse("422", OASFactory.createAPIResponse()
                    .description("The Idempotency-Key was already used with another request body")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
        }
        return operation;
    }
}
