package fr.relanceiae.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OrganisationInput(
        @Schema(required = true) @NotBlank @Size(max = 200) String name,
        @Schema(required = true) @NotNull OrganisationKind kind,
        @Schema(description = "Defaults to true; false deactivates the organisation, its users and clients") Boolean active) {

    boolean activeOrDefault() {
        return active == null || active;
    }
}
