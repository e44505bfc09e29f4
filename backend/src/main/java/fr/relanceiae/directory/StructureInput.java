package fr.relanceiae.directory;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.reference.StructureKind;

/**
 * A structure's profile as written by the API (create, update) and by the CSV
 * import; {@link StructureRules} checks and normalises it for both. Read-only
 * fields of {@link StructureDetail} sent back are ignored.
 */
@Schema(name = "StructureInput")
public record StructureInput(
        @Schema(required = true, description = "14 digits (spaces allowed), valid by Luhn or La Poste's rule; "
                + "a siae user cannot change it") @Size(max = 30) String siret,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(maxLength = 200) String brand,
        @Schema(required = true, description = "A siae user cannot change it") StructureKind kind,
        @Schema(maxLength = 100) String legalForm,
        @Schema(description = "NAF code; \"81.21z\" is stored as \"8121Z\"") @Size(max = 10) String naf,
        @Schema(maxLength = 300) String address,
        @Size(max = 10) String postCode,
        @Schema(maxLength = 100) String city,
        @Schema(description = "Department code; derived from the postcode when missing") @Size(max = 3) String department,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = StructureRules.MAX_DESCRIPTION_LENGTH) String description,
        @Size(max = 254) String email,
        @Size(max = 30) String phone,
        @Schema(maxLength = 200) String contactName,
        @Size(max = 300) String website,
        @DecimalMin("0") @DecimalMax(StructureRules.MAX_INSERTION_FTE) BigDecimal insertionFte,
        @Min(0) @Max(10_000_000) Integer permanentHeadcount,
        @Schema(description = "Euros") @Min(0) @Max(1_000_000_000_000_000L) Long annualRevenue,
        @Schema(description = "Codes of GET /structure-labels") @Size(max = 50) List<@Size(max = 50) String> labels,
        @Schema(description = "Codes of GET /structure-networks") @Size(max = 50) List<@Size(max = 50) String> networks,
        @Size(max = 50) List<ClientReferenceInput> clientReferences,
        @Schema(description = "Defaults to true; a siae user cannot change it") Boolean active,
        @Schema(description = "On creation only: the SIAE organisation that owns it; a new one is created when absent")
        UUID organisationId) {

    @Schema(name = "ClientReferenceInput")
    public record ClientReferenceInput(@Schema(required = true, maxLength = 200) String name,
            @Size(max = StructureRules.MAX_DESCRIPTION_LENGTH) String description) {
    }
}
