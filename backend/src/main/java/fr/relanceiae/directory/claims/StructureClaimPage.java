package fr.relanceiae.directory.claims;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.shared.paging.Page;

@Schema(name = "StructureClaimPage")
public record StructureClaimPage(
        @Schema(required = true) List<StructureClaimView> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {

    static StructureClaimPage of(Page<StructureClaimView> page) {
        return new StructureClaimPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
