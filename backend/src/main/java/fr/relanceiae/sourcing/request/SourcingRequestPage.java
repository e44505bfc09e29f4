package fr.relanceiae.sourcing.request;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.shared.paging.Page;

@Schema(name = "SourcingRequestPage")
public record SourcingRequestPage(
        @Schema(required = true) List<SourcingRequestSummary> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {

    static SourcingRequestPage of(Page<SourcingRequestSummary> page) {
        return new SourcingRequestPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
