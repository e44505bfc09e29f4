package fr.relanceiae.shared.error;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two requests creating the same thing at once (a SIRET, an activity in a
 * sector) both pass the service's "already taken?" check; the database's
 * unique index stops the second one. That is a 409 like the checked case, not
 * a 500. Other constraint violations stay unexpected errors.
 */
public class UniqueConstraintMapper {

    @ServerExceptionMapper
    public Response duplicate(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getKind() != ConstraintKind.UNIQUE) {
            return new ProblemExceptionMappers().unexpected(e, uri, headers);
        }
        return ProblemResponses.of(ProblemType.CONFLICT,
                "Une autre requête vient d'enregistrer la même donnée : rechargez pour la voir.",
                "/" + uri.getPath().replaceFirst("^/", ""), List.of(), Map.of(),
                ProblemResponses.correlationId(headers.getHeaderString(ProblemResponses.CORRELATION_HEADER)));
    }
}
