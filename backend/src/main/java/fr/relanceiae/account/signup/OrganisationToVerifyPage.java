package fr.relanceiae.account.signup;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.shared.paging.Page;

@Schema(name = "OrganisationToVerifyPage")
public record OrganisationToVerifyPage(
        @Schema(required = true) List<OrganisationToVerify> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {

    static OrganisationToVerifyPage of(Page<OrganisationToVerify> page) {
        return new OrganisationToVerifyPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
