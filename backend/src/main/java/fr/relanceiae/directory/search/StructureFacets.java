package fr.relanceiae.directory.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts over the whole filtered set, largest first. The kinds and sector groups, whose chosen
 * values are alternatives, leave their own filter out: each count is what choosing that value
 * too would find.
 */
@Schema(name = "StructureFacets")
public record StructureFacets(
        @Schema(required = true) List<FacetCount> kinds,
        @Schema(required = true, description = "A structure counts once per group where it has an activity")
        List<FacetCount> sectorGroups,
        @Schema(required = true, description = "Where the structures are located") List<FacetCount> departments,
        @Schema(required = true, description = "Structures of the filtered set with an e-mail, a phone or a website")
        long withContact) {
}
