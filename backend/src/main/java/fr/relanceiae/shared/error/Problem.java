package fr.relanceiae.shared.error;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every error response but the OAuth token endpoint's. */
@Schema(name = "Problem", description = "RFC 9457 problem detail")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, description = "Stable URI of the kind of error") URI type,
        @Schema(required = true) String title,
        @Schema(required = true) int status,
        String detail,
        @Schema(description = "Path of the request") String instance,
        @Schema(description = "Reference to give to support; also in the server logs") String correlationId,
        @Schema(description = "One entry per invalid field (validation errors)") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance, String correlationId,
            List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, correlationId,
                errors == null || errors.isEmpty() ? null : errors);
    }
}
