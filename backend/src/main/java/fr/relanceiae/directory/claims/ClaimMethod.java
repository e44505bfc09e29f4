package fr.relanceiae.directory.claims;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StructureClaimMethod", description = "CONTACT_EMAIL: a link sent to the structure's contact e-mail; "
        + "QUEUE: a facilitator decides")
public enum ClaimMethod {
    CONTACT_EMAIL, QUEUE
}
