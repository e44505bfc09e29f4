package fr.relanceiae.directory;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

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
                + "a siae user cannot change it") String siret,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(maxLength = 200) String brand,
        @Schema(required = true, description = "A siae user cannot change it") StructureKind kind,
        @Schema(maxLength = 100) String legalForm,
        @Schema(description = "NAF code; \"81.21z\" is stored as \"8121Z\"") String naf,
        @Schema(maxLength = 300) String address,
        String postCode,
        @Schema(maxLength = 100) String city,
        @Schema(description = "Department code; derived from the postcode when missing") String department,
        @Schema(minimum = "-90", maximum = "90") Double latitude,
        @Schema(minimum = "-180", maximum = "180") Double longitude,
        String description,
        String email,
        String phone,
        @Schema(maxLength = 200) String contactName,
        String website,
        @Schema(minimum = "0") BigDecimal insertionFte,
        @Schema(minimum = "0") Integer permanentHeadcount,
        @Schema(minimum = "0", description = "Euros") Long annualRevenue,
        @Schema(description = "Codes of GET /structure-labels") List<String> labels,
        @Schema(description = "Codes of GET /structure-networks") List<String> networks,
        List<ClientReferenceInput> clientReferences,
        @Schema(description = "Defaults to true; a siae user cannot change it") Boolean active,
        @Schema(description = "On creation only: the SIAE organisation that owns it; a new one is created when absent")
        UUID organisationId) {

    @Schema(name = "ClientReferenceInput")
    public record ClientReferenceInput(@Schema(required = true, maxLength = 200) String name, String description) {
    }
}
