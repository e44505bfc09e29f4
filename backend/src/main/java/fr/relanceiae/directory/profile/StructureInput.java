package fr.relanceiae.directory.profile;

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

    /** An empty profile to fill by name; {@link #toBuilder()} starts from this one. */
    public static Builder builder() {
        return new Builder();
    }

    /** This profile, to change some of its fields by name (the others are kept). */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.siret = siret;
        builder.name = name;
        builder.brand = brand;
        builder.kind = kind;
        builder.legalForm = legalForm;
        builder.naf = naf;
        builder.address = address;
        builder.postCode = postCode;
        builder.city = city;
        builder.department = department;
        builder.latitude = latitude;
        builder.longitude = longitude;
        builder.description = description;
        builder.email = email;
        builder.phone = phone;
        builder.contactName = contactName;
        builder.website = website;
        builder.insertionFte = insertionFte;
        builder.permanentHeadcount = permanentHeadcount;
        builder.annualRevenue = annualRevenue;
        builder.labels = labels;
        builder.networks = networks;
        builder.clientReferences = clientReferences;
        builder.active = active;
        builder.organisationId = organisationId;
        return builder;
    }

    /**
     * A profile being made, field by field by name: the code that makes one (rules, import, demo
     * data, tests) does not list every field in order, and a new field does not touch it.
     */
    public static final class Builder {
        public String siret;
        public String name;
        public String brand;
        public StructureKind kind;
        public String legalForm;
        public String naf;
        public String address;
        public String postCode;
        public String city;
        public String department;
        public Double latitude;
        public Double longitude;
        public String description;
        public String email;
        public String phone;
        public String contactName;
        public String website;
        public BigDecimal insertionFte;
        public Integer permanentHeadcount;
        public Long annualRevenue;
        public List<String> labels;
        public List<String> networks;
        public List<ClientReferenceInput> clientReferences;
        public Boolean active;
        public UUID organisationId;

        private Builder() {
        }

        public StructureInput build() {
            return new StructureInput(siret, name, brand, kind, legalForm, naf, address, postCode, city, department,
                    latitude, longitude, description, email, phone, contactName, website, insertionFte,
                    permanentHeadcount, annualRevenue, labels, networks, clientReferences, active, organisationId);
        }
    }

    @Schema(name = "ClientReferenceInput")
    public record ClientReferenceInput(@Schema(required = true, maxLength = 200) String name,
            @Size(max = StructureRules.MAX_DESCRIPTION_LENGTH) String description) {
    }
}
