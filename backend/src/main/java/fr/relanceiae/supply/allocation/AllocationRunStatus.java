package fr.relanceiae.supply.allocation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AllocationRunStatus", description = "PROPOSED: a proposal, nothing moved yet; APPLIED: its units are "
        + "reserved for the order lines")
public enum AllocationRunStatus {
    PROPOSED,
    APPLIED
}
