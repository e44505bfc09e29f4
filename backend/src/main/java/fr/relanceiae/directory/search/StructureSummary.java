package fr.relanceiae.directory.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;

/** A structure in a list of search results. */
@Schema(name = "StructureSummary")
public record StructureSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) String siret,
        @Schema(required = true) String name,
        String brand,
        @Schema(required = true) StructureKind kind,
        String postCode,
        String city,
        String department,
        Double latitude,
        Double longitude,
        BigDecimal insertionFte,
        @Schema(required = true, description = "Sector slugs of its activities") List<String> sectors,
        @Schema(required = true) List<PrestaType> prestaTypes,
        @Schema(required = true) List<String> labels,
        @Schema(required = true) List<String> networks,
        @Schema(required = true) int offerCount,
        @Schema(required = true) boolean active,
        @Schema(required = true) int completionRate,
        @Schema(description = "From the search's point, when one is given") @JsonInclude(JsonInclude.Include.NON_NULL)
        Double distanceKm) {

    public StructureSummary withDistanceKm(Double distance) {
        return new StructureSummary(id, siret, name, brand, kind, postCode, city, department, latitude, longitude,
                insertionFte, sectors, prestaTypes, labels, networks, offerCount, active, completionRate, distance);
    }
}
