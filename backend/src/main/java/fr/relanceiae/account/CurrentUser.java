package fr.relanceiae.account;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CurrentUser(
        @Schema(required = true) UUID id,
        @Schema(required = true) String email,
        @Schema(required = true) String displayName,
        @Schema(required = true) Role role,
        @Schema(required = true) OrganisationRef organisation) {

    static CurrentUser of(AppUser user) {
        return new CurrentUser(user.id, user.email, user.displayName, user.role, OrganisationRef.of(user.organisation));
    }
}
