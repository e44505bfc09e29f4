package fr.relanceiae.directory.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "StructureSearchPage")
public record StructureSearchPage(
        @Schema(required = true) List<StructureSummary> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true, description = "False when no structure matches every word of q: the items are then"
                + " those matching the most words (ranked by how many, then by relevance), and totalItems and the"
                + " facets count them. True otherwise, and without q.") boolean allWordsMatched,
        @Schema(description = "Absent with facets=false") @JsonInclude(JsonInclude.Include.NON_NULL) StructureFacets facets) {
}
