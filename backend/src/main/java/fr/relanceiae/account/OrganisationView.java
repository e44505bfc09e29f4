package fr.relanceiae.account;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OrganisationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) OrganisationKind kind,
        @Schema(required = true) boolean active,
        @Schema(required = true) long userCount,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "Send it back in If-Match (as \"version\") to update the organisation") long version) {

    static OrganisationView of(Organisation organisation, long userCount) {
        return new OrganisationView(organisation.id, organisation.name, organisation.kind, organisation.active,
                userCount, organisation.createdAt, organisation.version);
    }
}
