package fr.relanceiae.directory.profile;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.reference.PrestaType;

/** An activity as written by the API and by the import; {@link ActivityRules} checks it for both. */
@Schema(name = "ActivityInput")
public record ActivityInput(
        @Schema(required = true, description = "Sector slug") @Size(max = 100) String sector,
        @Schema(required = true, minItems = 1) @Size(max = 3) List<PrestaType> prestaTypes,
        @Schema(required = true) GeoRange geoRange,
        @Schema(description = "Department codes, required with DEPARTMENTS (ignored otherwise)") @Size(max = 110) List<@Size(max = 3) String> geoDepartments,
        @Schema(description = "Required with RADIUS (ignored otherwise)", minimum = "1", maximum = "1000") Integer geoRadiusKm) {
}
