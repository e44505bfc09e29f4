package fr.relanceiae.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A department; overseas collectivities (975, 977, 978, 986, 987, 988) have no region. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DepartmentView(
        @Schema(required = true, description = "INSEE code", examples = "93") String code,
        @Schema(required = true) String name,
        @Schema(description = "INSEE code of the region", examples = "11") String regionCode,
        String regionName) {
}
