package fr.relanceiae.shared.error;

import java.sql.SQLException;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.exception.JDBCConnectionException;

/** A test-only endpoint that fails unexpectedly; hidden from the contract. */
@Path("/api/v1/test-only/failure")
public class FailingResource {

    @GET
    @PermitAll
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("secret internal detail");
    }

    /** What Hibernate throws when Agroal's pool has no connection free in time. */
    @GET
    @Path("pool")
    @PermitAll
    @Operation(hidden = true)
    public String poolExhausted() {
        throw new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"));
    }
}
