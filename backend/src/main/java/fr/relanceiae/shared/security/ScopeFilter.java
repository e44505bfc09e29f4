package fr.relanceiae.shared.security;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;

/**
 * Holds partner tokens to their scopes: the resource method's operationId is
 * looked up in {@link ScopeRequirements}; without the scope named there (or
 * on an operation that names none) a partner gets a 403 with the RFC 6750
 * {@code insufficient_scope} challenge. People's tokens carry no scope and
 * are left to {@code @RolesAllowed}.
 */
public class ScopeFilter {

    private final CallerContext caller;

    public ScopeFilter(CallerContext caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    public void requireScope(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || isPublic(method) || !caller.isPartnerClient()) {
            return;
        }
        Optional<PartnerScope> required = Optional.ofNullable(method.getAnnotation(Operation.class))
                .flatMap(operation -> ScopeRequirements.forOperation(operation.operationId()));
        if (required.isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Cette opération n'est pas ouverte aux clients partenaires.");
        }
        PartnerScope scope = required.get();
        if (!caller.scopes().contains(scope.value())) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Ce client n'a pas la portée requise : " + scope.value() + " (" + scope.label() + ").",
                    List.of(), Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge(scope)));
        }
    }

    /** RFC 6750 §3.1. */
    static String challenge(PartnerScope scope) {
        return "Bearer error=\"insufficient_scope\", scope=\"" + scope.value() + "\"";
    }

    private static boolean isPublic(Method method) {
        return method.isAnnotationPresent(PermitAll.class) || method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
    }
}
