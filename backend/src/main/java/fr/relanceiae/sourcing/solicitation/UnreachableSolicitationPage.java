package fr.relanceiae.sourcing.solicitation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.shared.paging.Page;

/** A page of the solicitations to follow up by phone, most recently solicited first. */
@Schema(name = "UnreachableSolicitationPage")
public record UnreachableSolicitationPage(
        @Schema(required = true) List<UnreachableSolicitation> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {

    static UnreachableSolicitationPage of(Page<UnreachableSolicitation> page) {
        return new UnreachableSolicitationPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
