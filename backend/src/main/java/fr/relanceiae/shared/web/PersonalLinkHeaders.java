package fr.relanceiae.shared.web;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer about a personal link (a solicitation's, a weekly survey's), errors included: no
 * referrer (the token is in the path) and never stored by a cache.
 */
public class PersonalLinkHeaders {

    static final List<String> PATH_PREFIXES = List.of("/api/v1/solicitation-links/", "/api/v1/survey-links/");
    static final String REFERRER_POLICY = "Referrer-Policy";
    static final String NO_REFERRER = "no-referrer";

    @ServerResponseFilter
    public void privateAnswers(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (PATH_PREFIXES.stream().anyMatch(path::startsWith)) {
            response.getHeaders().putSingle(REFERRER_POLICY, NO_REFERRER);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
