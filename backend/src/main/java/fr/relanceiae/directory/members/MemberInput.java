package fr.relanceiae.directory.members;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.account.EmailDomain;
import fr.relanceiae.account.StorableEmail;

@Schema(name = "MemberInput")
public record MemberInput(
        @Schema(required = true) @NotBlank @Email @EmailDomain @Size(max = 254) @StorableEmail String email,
        @Schema(required = true, description = "Used when the user is created") @NotBlank @Size(max = 200) String displayName) {
}
