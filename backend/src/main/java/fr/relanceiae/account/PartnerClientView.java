package fr.relanceiae.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PartnerClientView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String clientId,
        @Schema(required = true) String name,
        @Schema(required = true) OrganisationRef organisation,
        @Schema(required = true) List<String> scopes,
        @Schema(required = true) boolean active,
        @Schema(required = true) Instant createdAt,
        Instant lastUsedAt,
        @Schema(required = true, description = "Send it back in If-Match (as \"version\") to update the client") long version,
        @Schema(description = "Its own limit of requests per minute; absent: the default") Integer requestsPerMinute) {

    static PartnerClientView of(PartnerClient client) {
        return new PartnerClientView(client.id, client.clientId, client.name, OrganisationRef.of(client.organisation),
                client.scopeList(), client.active, client.createdAt, client.lastUsedAt, client.version,
                client.requestsPerMinute);
    }
}
