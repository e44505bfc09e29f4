package fr.relanceiae.sourcing.solicitation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.shared.paging.Page;

/** A page of a siae organisation's solicitations, newest first. */
@Schema(name = "SolicitationInboxPage")
public record SolicitationInboxPage(
        @Schema(required = true) List<SolicitationInboxItem> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {

    static SolicitationInboxPage of(Page<SolicitationInboxItem> page) {
        return new SolicitationInboxPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
