package fr.relanceiae.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sector of activity. */
public record SectorView(
        @Schema(required = true, description = "Stable identifier", examples = "genie-ecologique") String slug,
        @Schema(required = true) String name) {

    static SectorView of(Sector sector) {
        return new SectorView(sector.slug, sector.name);
    }
}
