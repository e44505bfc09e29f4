package fr.relanceiae.account;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.shared.paging.Page;

public record PartnerClientPage(
        @Schema(required = true) List<PartnerClientView> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {

    static PartnerClientPage of(Page<PartnerClientView> page) {
        return new PartnerClientPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
