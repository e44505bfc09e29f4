package fr.relanceiae.shared.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import fr.relanceiae.shared.idempotency.IdempotentRequests;

class IdempotencyKeyFilterTest {

    private final IdempotencyKeyFilter filter = new IdempotencyKeyFilter();

    @Test
    void an_operation_with_the_idempotency_key_header_documents_the_key_and_its_409_and_422() {
        Operation operation = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().in(Parameter.In.HEADER).name("Idempotency-Key"))
                .responses(OASFactory.createAPIResponses().addAPIResponse("201", OASFactory.createAPIResponse()));

        filter.filterOperation(operation);

        Parameter header = operation.getParameters().get(0);
        assertThat(header.getDescription()).contains("422", "409", "24 hours");
        assertThat(header.getSchema().getMaxLength()).isEqualTo(IdempotentRequests.MAX_KEY_LENGTH);
        assertThat(header.getSchema().getMinLength()).isEqualTo(1);
        assertThat(header.getSchema().getPattern()).isEqualTo(IdempotentRequests.KEY_PATTERN);
        assertThat(operation.getResponses().getAPIResponse("409").getRef()).isEqualTo("#/components/responses/Conflict");
        assertThat(operation.getResponses().getAPIResponse("422").getContent().getMediaType("application/problem+json")
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(operation.getResponses().hasAPIResponse("201")).isTrue();
    }

    @Test
    void an_operation_without_it_is_left_as_it_is() {
        Operation operation = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().in(Parameter.In.QUERY).name("Idempotency-Key"))
                .responses(OASFactory.createAPIResponses());

        filter.filterOperation(operation);

        assertThat(operation.getResponses().hasAPIResponse("409")).isFalse();
        assertThat(operation.getResponses().hasAPIResponse("422")).isFalse();
        assertThat(operation.getParameters().get(0).getSchema()).isNull();
    }
}
