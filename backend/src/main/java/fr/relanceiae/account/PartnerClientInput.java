package fr.relanceiae.account;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
        @Schema(description = "Defaults to true; false makes the client's credentials refused") Boolean active,
        @Schema(description = "Requests per minute allowed to this client; absent: the default (600 unless configured)",
                minimum = "1", maximum = "100000")
        @Min(value = 1, message = "au moins 1 requête par minute")
        @Max(value = 100_000, message = "au plus 100 000 requêtes par minute") Integer requestsPerMinute) {

    boolean activeOrDefault() {
        return active == null || active;
    }
}
