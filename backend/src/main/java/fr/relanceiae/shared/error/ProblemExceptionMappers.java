package fr.relanceiae.shared.error;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import fr.relanceiae.shared.input.RejectedJsonValueException;
import fr.relanceiae.shared.web.JsonBodyLimit;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Maps every exception that reaches the REST layer to an RFC 9457 problem. */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.type(), e.getMessage(), e.errors(), e.headers(), uri, headers);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        boolean onResponse = e.getConstraintViolations().stream()
                .anyMatch(v -> lastKind(v.getPropertyPath()) == ElementKind.RETURN_VALUE);
        if (onResponse) {
            return unexpected(e, uri, headers);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return respond(ProblemType.VALIDATION, "Certains champs sont invalides.", errors, Map.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(JsonBodyLimit.BodyTooLargeException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.PAYLOAD_TOO_LARGE, "Le corps JSON dépasse 1 Mo.", List.of(), Map.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.MALFORMED_REQUEST, "Le corps de la requête n'est pas un JSON valide.", List.of(),
                Map.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response wrongJsonInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        // Declared for the subclass too, or Quarkus REST's own mapper for it (plain JSON) would win.
        return wrongJsonValue(e, uri, headers);
    }

    /**
     * A value that does not fit its field: wrong type, out of its type's range
     * (a long beyond 2^63, an int past 2^31), refused by
     * {@link RejectedJsonValueException}. Named by its path when Jackson knows it.
     */
    @ServerExceptionMapper
    public Response wrongJsonValue(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof InvalidDefinitionException) {
            return unexpected(e, uri, headers);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException && !(cause instanceof InputCoercionException)) {
            return malformedJson((JsonParseException) cause, uri, headers);
        }
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(ProblemType.MALFORMED_REQUEST, "Le corps de la requête n'a pas la forme attendue.",
                    List.of(), Map.of(), uri, headers);
        }
        String message = e instanceof RejectedJsonValueException rejected ? rejected.reason()
                : cause instanceof InputCoercionException || cause instanceof StreamConstraintsException
                        ? "nombre hors limites"
                        : "valeur invalide ou de type incorrect";
        return respond(ProblemType.VALIDATION, "Certains champs sont invalides.",
                List.of(new FieldError(field, message)), Map.of(), uri, headers);
    }

    /** A number beyond its field's type (a long past 2^63), named by where the parser stood. */
    @ServerExceptionMapper
    public Response numberOutOfRange(InputCoercionException e, UriInfo uri, HttpHeaders headers) {
        String field = e.getProcessor() == null ? "" : parserPath(e.getProcessor());
        if (field.isEmpty()) {
            return otherJson(e, uri, headers);
        }
        return respond(ProblemType.VALIDATION, "Certains champs sont invalides.",
                List.of(new FieldError(field, "nombre hors limites")), Map.of(), uri, headers);
    }

    private Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof JsonMappingException mapping) {
            return wrongJsonValue(mapping, uri, headers);
        }
        if (e instanceof InputCoercionException coercion) {
            return numberOutOfRange(coercion, uri, headers);
        }
        if (e instanceof JsonParseException parse) {
            return malformedJson(parse, uri, headers);
        }
        return otherJson(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.MALFORMED_REQUEST, "Le corps de la requête n'a pas pu être lu.", List.of(),
                Map.of(), uri, headers);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.UNAUTHORIZED, "Un jeton d'accès valide est requis.", List.of(), Map.of(), uri,
                headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.FORBIDDEN, "Votre rôle ne permet pas cette action.", List.of(), Map.of(), uri,
                headers);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.VALIDATION, "Un paramètre est invalide.",
                List.of(new FieldError(e.parameter(), e.getMessage())), Map.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // Quarkus REST's JSON reader wraps what Jackson throws but MismatchedInputException in a 400.
            return unreadableJson(json, uri, headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        ProblemType type = ProblemType.forStatus(status);
        Map<String, String> extra = e.getResponse().getHeaderString("Allow") == null ? Map.of()
                : Map.of("Allow", e.getResponse().getHeaderString("Allow"));
        return respond(type, null, List.of(), extra, uri, headers);
    }

    /**
     * Two requests creating the same thing at once (a SIRET, an activity in a
     * sector) both pass the service's "already taken?" check; the database's
     * unique index stops the second one. That is a 409 like the checked case, not
     * a 500. Other constraint violations stay unexpected errors.
     */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri,
            HttpHeaders headers) {
        if (e.getKind() != org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            return unexpected(e, uri, headers);
        }
        return respond(ProblemType.CONFLICT,
                "Une autre requête vient d'enregistrer la même donnée : rechargez pour la voir.", List.of(),
                Map.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (isPoolExhausted(e)) {
            // Every database connection stayed busy longer than the pool waits (a burst queued on one
            // product's row lock): nothing was done, and the caller may retry in a moment.
            LOG.warnf("No database connection free in time on %s: answered 503", uri.getPath());
            return respond(ProblemType.SERVICE_UNAVAILABLE, "Le service est très sollicité en ce moment : rien n'a "
                    + "été enregistré, réessayez dans un instant.", List.of(), Map.of("Retry-After", "1"), uri, headers);
        }
        if (isConcurrentUpdate(e)) {
            // A write without If-Match (a POST action) lost the race at commit: the caller may simply retry.
            return respond(ProblemType.CONFLICT, "Une autre requête a modifié la même donnée au même moment : "
                    + "rechargez puis recommencez.", List.of(), Map.of(), uri, headers);
        }
        String correlationId = ProblemResponses.correlationId(headers.getHeaderString(ProblemResponses.CORRELATION_HEADER));
        LOG.errorf(e, "Unexpected error on %s (correlation id %s)", uri.getPath(), correlationId);
        return ProblemResponses.forRequest(ProblemType.INTERNAL,
                "Une erreur inattendue s'est produite. Indiquez la référence " + correlationId + " au support.",
                uri.getPath(), correlationId, List.of(), Map.of());
    }

    /** Agroal's « acquisition timeout » anywhere in the cause chain: no connection came free in time. */
    static boolean isPoolExhausted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException && cause.getMessage() != null
                    && cause.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** An optimistic-lock failure anywhere in the cause chain (flush, or commit by the transaction interceptor). */
    static boolean isConcurrentUpdate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(ProblemType type, String detail, List<FieldError> errors,
            Map<String, String> extraHeaders, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.forRequest(type, detail, uri.getPath(),
                headers.getHeaderString(ProblemResponses.CORRELATION_HEADER), errors, extraHeaders);
    }

    private static ElementKind lastKind(Path path) {
        ElementKind kind = null;
        for (Path.Node node : path) {
            kind = node.getKind();
        }
        return kind;
    }

    /**
     * The field's path in the request: property nodes after the method and its
     * parameter ({@code create.input.items[0].name} gives {@code items[0].name});
     * a query or path parameter gives its own name.
     */
    static String fieldPath(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
                    // Hibernate Validator puts the index of an iterable on the node after it.
                    Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                    if (node.isInIterable() && position != null && !properties.isEmpty()) {
                        int last = properties.size() - 1;
                        properties.set(last, properties.get(last) + "[" + position + "]");
                    }
                    String name = node.getName();
                    if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                        properties.add(name);
                    }
                }
                default -> {
                    // method, return value, cross-parameter: not part of the field path
                }
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter == null ? "" : parameter;
    }

    private static String parserPath(JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                parts.push("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                parts.push("." + context.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
