package fr.relanceiae.account;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record UserView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String email,
        @Schema(required = true) String displayName,
        @Schema(required = true) Role role,
        @Schema(required = true) OrganisationRef organisation,
        @Schema(required = true) boolean active,
        @Schema(required = true, description = "False until the user has followed the invitation link") boolean passwordSet,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "Send it back in If-Match (as \"version\") to update the user") long version) {

    static UserView of(AppUser user) {
        return new UserView(user.id, user.email, user.displayName, user.role, OrganisationRef.of(user.organisation),
                user.active, user.passwordHash != null, user.createdAt, user.version);
    }
}
