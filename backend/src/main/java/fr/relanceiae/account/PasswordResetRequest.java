package fr.relanceiae.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PasswordResetRequest(@Schema(required = true) @NotBlank @Email @EmailDomain @Size(max = 254) @StorableEmail String email) {
}
