package fr.relanceiae.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record LoginRequest(
        @Schema(required = true, example = "acheteur@demo.relance-iae.fr") @NotBlank @Size(max = 254) @StorableEmail String email,
        @Schema(required = true) @NotBlank @Size(max = Passwords.MAX_LENGTH) String password) {
}
