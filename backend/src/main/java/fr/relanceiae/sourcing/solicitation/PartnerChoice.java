package fr.relanceiae.sourcing.solicitation;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A structure of the directory that an answer through a personal link may name as a partner:
 * just enough to tell it apart (no contact details, no figures).
 */
@Schema(name = "PartnerChoice")
public record PartnerChoice(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        String city,
        @Schema(description = "Department code") String department) {
}
