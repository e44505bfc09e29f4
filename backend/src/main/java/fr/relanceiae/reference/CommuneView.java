package fr.relanceiae.reference;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A commune and the coordinates of its centre (absent for a few overseas communes). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommuneView(
        @Schema(required = true, description = "INSEE code", examples = "93048") String inseeCode,
        @Schema(required = true, examples = "Montreuil") String name,
        @Schema(required = true, examples = "93") String departmentCode,
        @Schema(required = true, examples = "[\"93100\"]") List<String> postCodes,
        Double latitude,
        Double longitude) {
}
