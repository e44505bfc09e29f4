package fr.relanceiae.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The token of an invitation or reset link, to know whether it still works before using it. */
public record PasswordTokenCheck(@Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String token) {
}
