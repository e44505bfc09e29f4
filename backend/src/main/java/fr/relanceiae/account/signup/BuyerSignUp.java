package fr.relanceiae.account.signup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.account.EmailDomain;
import fr.relanceiae.account.Passwords;
import fr.relanceiae.account.StorableEmail;

@Schema(name = "BuyerSignUp")
public record BuyerSignUp(
        @Schema(required = true, maxLength = 254) @NotBlank @Email @EmailDomain @Size(max = 254) @StorableEmail String email,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String displayName,
        @Schema(required = true, minLength = Passwords.MIN_LENGTH, maxLength = Passwords.MAX_LENGTH,
                description = "At least 10 characters, not among the common passwords")
        @NotNull @Size(max = Passwords.MAX_LENGTH) String password,
        @Schema(required = true) @NotNull @Valid BuyerOrganisationInput organisation,
        @Schema(required = true, description = "Must be true: the terms of use and the privacy notice are accepted")
        Boolean acceptTerms,
        @Schema(description = "Leave empty (a field hidden from people: robots fill it in)", maxLength = 200)
        @Size(max = 200) String website) {
}
