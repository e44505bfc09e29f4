package fr.relanceiae.reference;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A group of the sector taxonomy with its sectors. */
public record SectorGroupView(
        @Schema(required = true, description = "Stable identifier", examples = "espaces-verts-exterieurs") String slug,
        @Schema(required = true) String name,
        @Schema(required = true) List<SectorView> sectors) {
}
