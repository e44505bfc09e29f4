package fr.relanceiae.account;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.shared.security.KnownScope;

public record PartnerClientInput(
        @Schema(required = true, example = "dreets-idf")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}",
                message = "3 à 64 caractères : minuscules, chiffres, point, tiret, souligné") String clientId,
        @Schema(required = true) @NotBlank @Size(max = 200) String name,
        @Schema(required = true) @NotNull UUID organisationId,
        @Schema(required = true, example = "[\"directory:read\", \"indicators:read\"]")
        @NotNull @Size(max = 20) List<@NotNull @KnownScope String> scopes,
        @Schema(description = "Defaults to true; false makes the client's credentials refused") Boolean active) {

    boolean activeOrDefault() {
        return active == null || active;
    }
}
