package fr.relanceiae.directory.claims;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StructureClaimStatus")
public enum ClaimStatus {
    PENDING, ACCEPTED, REFUSED
}
