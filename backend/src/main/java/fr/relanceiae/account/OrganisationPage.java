package fr.relanceiae.account;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.shared.paging.Page;

public record OrganisationPage(
        @Schema(required = true) List<OrganisationView> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {

    static OrganisationPage of(Page<OrganisationView> page) {
        return new OrganisationPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
