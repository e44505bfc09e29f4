package fr.relanceiae.shared.error;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; the one place where an error becomes HTTP. */
public final class ProblemResponses {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, String instance, List<FieldError> errors,
            Map<String, String> headers, String correlationId) {
        Response.ResponseBuilder builder = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(CORRELATION_HEADER, correlationId)
                .entity(Problem.of(type, detail, instance, correlationId, errors));
        headers.forEach(builder::header);
        if (type.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    /**
     * The problem answering a request: its path as {@code instance}, and the
     * correlation id the caller sent ({@code X-Correlation-Id}) when sensible.
     */
    public static Response forRequest(ProblemType type, String detail, String requestPath,
            String requestCorrelationId, List<FieldError> errors, Map<String, String> headers) {
        return of(type, detail, "/" + requestPath.replaceFirst("^/", ""), errors, headers,
                correlationId(requestCorrelationId));
    }

    /** The caller's correlation id when it sent a sensible one, otherwise a new one. */
    public static String correlationId(String fromRequest) {
        if (fromRequest != null && fromRequest.matches("[A-Za-z0-9._-]{1,64}")) {
            return fromRequest;
        }
        return UUID.randomUUID().toString();
    }
}
