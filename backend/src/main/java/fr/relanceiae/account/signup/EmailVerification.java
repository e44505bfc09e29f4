package fr.relanceiae.account.signup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The token of the link e-mailed at sign-up. */
@Schema(name = "EmailVerification")
public record EmailVerification(@Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String token) {
}
