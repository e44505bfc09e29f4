package fr.relanceiae.sourcing.solicitation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer about a personal link, errors included: no referrer (the token is in the
 * path) and never stored by a cache.
 */
public class SolicitationLinkHeaders {

    static final String PATH_PREFIX = "/api/v1/solicitation-links/";
    static final String REFERRER_POLICY = "Referrer-Policy";
    static final String NO_REFERRER = "no-referrer";

    @ServerResponseFilter
    public void privateAnswers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith(PATH_PREFIX)) {
            response.getHeaders().putSingle(REFERRER_POLICY, NO_REFERRER);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
