package fr.relanceiae.sourcing.contract;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.shared.paging.Page;

@Schema(name = "OngoingContractPage")
public record OngoingContractPage(
        @Schema(required = true) List<OngoingContractView> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {

    static OngoingContractPage of(Page<OngoingContractView> page) {
        return new OngoingContractPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
