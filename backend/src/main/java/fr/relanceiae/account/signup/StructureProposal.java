package fr.relanceiae.account.signup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.reference.StructureKind;

/** A structure missing from the directory, proposed by the person who signs up for it; created inactive. */
@Schema(name = "StructureProposal")
public record StructureProposal(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(required = true) @NotNull StructureKind kind,
        @Schema(required = true, maxLength = 300) @NotBlank @Size(max = 300) String address,
        @Schema(required = true, maxLength = 5, pattern = "^\\d{5}$") @NotBlank @Pattern(regexp = "\\d{5}",
                message = "5 chiffres") String postcode,
        @Schema(required = true, maxLength = 100) @NotBlank @Size(max = 100) String city) {
}
