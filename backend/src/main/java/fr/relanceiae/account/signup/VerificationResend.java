package fr.relanceiae.account.signup;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.account.StorableEmail;

@Schema(name = "VerificationResend")
public record VerificationResend(
        @Schema(required = true, maxLength = 254) @NotBlank @Email @Size(max = 254) @StorableEmail String email,
        @Schema(description = "Leave empty (a field hidden from people: robots fill it in)", maxLength = 200)
        @Size(max = 200) String website) {
}
