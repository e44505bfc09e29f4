package fr.relanceiae.directory.claims;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StructureClaimRefusal")
public record StructureClaimRefusal(
        @Schema(required = true, minLength = 1, maxLength = 1000, description = "Sent to the person, in French")
        @NotBlank @Size(min = 1, max = 1000) String reason) {
}
