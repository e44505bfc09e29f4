package fr.relanceiae.directory.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.relanceiae.directory.profile.StructureInput.ClientReferenceInput;
import fr.relanceiae.reference.StructureKind;

/**
 * A structure's profile with its activities and catalogue. The three confidential
 * fields are absent unless the caller is one of the structure's users, a
 * facilitator or an admin; the e-mail and phone are absent for anonymous visitors
 * ({@code contactsHidden}).
 */
@Schema(name = "StructureDetail")
public record StructureDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) String siret,
        @Schema(required = true) String name,
        String brand,
        @Schema(required = true) StructureKind kind,
        String legalForm,
        String naf,
        String address,
        String postCode,
        String city,
        String department,
        Double latitude,
        Double longitude,
        String description,
        @Schema(description = "Absent for anonymous visitors (see contactsHidden)") String email,
        @Schema(description = "Absent for anonymous visitors (see contactsHidden)") String phone,
        String website,
        BigDecimal insertionFte,
        @Schema(required = true) List<String> labels,
        @Schema(required = true) List<String> networks,
        @Schema(required = true) List<ClientReferenceInput> clientReferences,
        @Schema(required = true) boolean active,
        @Schema(required = true, description = "Share (%) of the optional profile fields that are filled") int completionRate,
        @Schema(required = true) UUID organisationId,
        @Schema(description = "Confidential") @JsonInclude(JsonInclude.Include.NON_NULL) String contactName,
        @Schema(required = true, description = "True when the e-mail and phone are withheld: an anonymous visitor "
                + "(or a partner without directory:read) reads the public profile; signing in shows them")
        boolean contactsHidden,
        @Schema(description = "Confidential") @JsonInclude(JsonInclude.Include.NON_NULL) Integer permanentHeadcount,
        @Schema(description = "Confidential, euros") @JsonInclude(JsonInclude.Include.NON_NULL) Long annualRevenue,
        @Schema(required = true) List<ActivityView> activities,
        @Schema(required = true) List<OfferView> offers,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Also sent as the ETag") long version) {
}
