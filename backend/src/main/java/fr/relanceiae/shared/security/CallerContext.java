package fr.relanceiae.shared.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;

/**
 * Who is calling, read from the verified access token: the base of every
 * ownership check. A person has a user id; a partner client (group
 * {@code partner}) has a client id instead. Both have an organisation.
 */
@RequestScoped
public class CallerContext {

    public static final String ORGANISATION_CLAIM = "org";
    public static final String SCOPE_CLAIM = "scope";

    @Inject
    JsonWebToken token;

    public boolean isAuthenticated() {
        return token != null && token.getRawToken() != null;
    }

    /** The group of the caller's role ({@link Roles}). */
    public String role() {
        Set<String> groups = requireToken().getGroups();
        return groups == null || groups.isEmpty() ? null : groups.iterator().next();
    }

    public boolean hasRole(String role) {
        return isAuthenticated() && token.getGroups() != null && token.getGroups().contains(role);
    }

    public boolean isPartnerClient() {
        return hasRole(Roles.PARTNER);
    }

    /** The user's id; empty for a partner client. */
    public Optional<UUID> userId() {
        if (isPartnerClient()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(requireToken().getSubject()));
    }

    /** The user's id, for operations only people may call (their roles exclude {@code partner}). */
    public UUID requireUserId() {
        return userId().orElseThrow(() -> new IllegalStateException("A partner client has no user id"));
    }

    /** The partner client's id; empty for a person. */
    public Optional<String> clientId() {
        return isPartnerClient() ? Optional.of(requireToken().getSubject()) : Optional.empty();
    }

    public UUID organisationId() {
        return UUID.fromString(stringClaim(ORGANISATION_CLAIM));
    }

    /** A partner client's scopes; empty for a person. */
    public Set<String> scopes() {
        String claim = stringClaim(SCOPE_CLAIM);
        if (claim == null) {
            return Set.of();
        }
        return Arrays.stream(claim.trim().split(" +"))
                .filter(scope -> !scope.isBlank()).collect(Collectors.toUnmodifiableSet());
    }

    private String stringClaim(String name) {
        Object claim = requireToken().getClaim(name);
        if (claim instanceof JsonString string) {
            return string.getString();
        }
        return claim == null ? null : claim.toString();
    }

    private JsonWebToken requireToken() {
        if (!isAuthenticated()) {
            throw new UnauthorizedException();
        }
        return token;
    }
}
