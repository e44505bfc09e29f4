package fr.relanceiae.account;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.shared.paging.Page;

public record UserPage(
        @Schema(required = true) List<UserView> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {

    static UserPage of(Page<UserView> page) {
        return new UserPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
