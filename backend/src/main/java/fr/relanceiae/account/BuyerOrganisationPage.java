package fr.relanceiae.account;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.shared.paging.Page;

public record BuyerOrganisationPage(
        @Schema(required = true) List<OrganisationRef> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {

    static BuyerOrganisationPage of(Page<OrganisationRef> page) {
        return new BuyerOrganisationPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
