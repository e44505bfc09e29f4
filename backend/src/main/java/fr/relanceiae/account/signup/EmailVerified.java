package fr.relanceiae.account.signup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmailVerified")
public record EmailVerified(
        @Schema(required = true, description = "The verified address, to fill in the login form") String email,
        @Schema(required = true) SignUpNextStep nextStep) {
}
