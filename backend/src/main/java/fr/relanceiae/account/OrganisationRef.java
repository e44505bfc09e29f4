package fr.relanceiae.account;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OrganisationRef(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) OrganisationKind kind) {

    static OrganisationRef of(Organisation organisation) {
        return new OrganisationRef(organisation.id, organisation.name, organisation.kind);
    }
}
