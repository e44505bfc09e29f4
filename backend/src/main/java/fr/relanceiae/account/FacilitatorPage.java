package fr.relanceiae.account;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.shared.paging.Page;

/** A page of active facilitators: who work may be assigned to. */
public record FacilitatorPage(
        @Schema(required = true) List<FacilitatorRef> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {

    /** A facilitator as a picker shows it. */
    public record FacilitatorRef(@Schema(required = true) UUID id, @Schema(required = true) String displayName) {

        static FacilitatorRef of(AppUser user) {
            return new FacilitatorRef(user.id, user.displayName);
        }
    }

    static FacilitatorPage of(Page<FacilitatorRef> page) {
        return new FacilitatorPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
