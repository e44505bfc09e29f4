package fr.relanceiae.account.signup;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationMerge")
public record OrganisationMerge(
        @Schema(required = true, description = "The existing buyer organisation that takes the users and requests")
        @NotNull UUID targetOrganisationId) {
}
