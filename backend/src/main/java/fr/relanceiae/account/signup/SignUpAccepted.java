package fr.relanceiae.account.signup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one answer of a sign-up or a resend, whatever happened: it tells nobody whether the address is known. */
@Schema(name = "SignUpAccepted")
public record SignUpAccepted(
        @Schema(required = true, description = "What to do next, in French") String message) {
}
