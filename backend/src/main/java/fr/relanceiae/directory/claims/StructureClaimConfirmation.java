package fr.relanceiae.directory.claims;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The token of the link sent to a structure's contact e-mail. */
@Schema(name = "StructureClaimConfirmation")
public record StructureClaimConfirmation(@Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String token) {
}
