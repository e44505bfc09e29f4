package fr.relanceiae.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PasswordChange(
        @Schema(required = true) @NotBlank @Size(max = Passwords.MAX_LENGTH) String currentPassword,
        @Schema(required = true, minLength = Passwords.MIN_LENGTH, maxLength = Passwords.MAX_LENGTH)
        @NotNull @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) String newPassword) {
}
