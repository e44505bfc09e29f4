package fr.relanceiae.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client with its secret, which is shown this once and never stored in clear. */
public record PartnerClientCreated(
        @Schema(required = true) PartnerClientView client,
        @Schema(required = true) String clientSecret) {
}
