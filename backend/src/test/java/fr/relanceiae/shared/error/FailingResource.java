package fr.relanceiae.shared.error;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** A test-only endpoint that fails unexpectedly; hidden from the contract. */
@Path("/api/v1/test-only/failure")
public class FailingResource {

    @GET
    @PermitAll
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("secret internal detail");
    }
}
