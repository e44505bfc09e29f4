package fr.relanceiae.directory.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FacetCount")
public record FacetCount(
        @Schema(required = true, description = "Code or slug") String value,
        @Schema(required = true) String label,
        @Schema(required = true, description = "Structures of the filtered set; for kinds and sector groups, "
                + "of the set filtered by everything but that facet") long count) {
}
