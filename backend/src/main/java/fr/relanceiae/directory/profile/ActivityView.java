package fr.relanceiae.directory.profile;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.reference.PrestaType;

@Schema(name = "ActivityView")
public record ActivityView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Sector slug") String sector,
        @Schema(required = true) List<PrestaType> prestaTypes,
        @Schema(required = true) GeoRange geoRange,
        @Schema(required = true, description = "With DEPARTMENTS; empty otherwise") List<String> geoDepartments,
        @Schema(description = "With RADIUS") Integer geoRadiusKm,
        @Schema(required = true, description = "Also sent as the ETag") long version) {

    static ActivityView of(Activity activity) {
        return new ActivityView(activity.id, activity.sector,
                Arrays.stream(activity.prestaTypes).map(PrestaType::valueOf).toList(), activity.geoRange,
                List.of(activity.geoDepartments), activity.geoRadiusKm, activity.version);
    }
}
