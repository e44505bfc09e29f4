package fr.relanceiae.account.signup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organisation a buyer signs up for; created "to verify" by facilitators. */
@Schema(name = "BuyerOrganisationInput")
public record BuyerOrganisationInput(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(required = true) @NotNull BuyerOrganisationKind kind,
        @Schema(description = "14 digits, spaces allowed; checked (Luhn) when given", maxLength = 20)
        @Size(max = 20) String siret) {
}
