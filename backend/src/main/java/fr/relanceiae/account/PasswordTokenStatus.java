package fr.relanceiae.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Whether a password link still works, and what it is for; nothing about its user. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PasswordTokenStatus(
        @Schema(required = true, description = "False when the link is unknown, used, expired or its account disabled")
        boolean valid,
        @Schema(description = "What the link is for; absent when it is not valid") PasswordToken.Purpose purpose) {

    static final PasswordTokenStatus INVALID = new PasswordTokenStatus(false, null);
}
