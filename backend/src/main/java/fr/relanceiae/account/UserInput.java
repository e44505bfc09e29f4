package fr.relanceiae.account;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record UserInput(
        @Schema(required = true) @NotBlank @Email @EmailDomain @Size(max = 254) @StorableEmail String email,
        @Schema(required = true) @NotBlank @Size(max = 200) String displayName,
        @Schema(required = true, description = "Any role but partner, which is for API clients") @NotNull Role role,
        @Schema(required = true) @NotNull UUID organisationId,
        @Schema(description = "Defaults to true; false deactivates the user and ends their sessions") Boolean active) {

    boolean activeOrDefault() {
        return active == null || active;
    }
}
