package fr.relanceiae.shared.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.relanceiae.shared.audit.AuditEventViews.EventPage;
import fr.relanceiae.shared.security.Roles;

/** The log of reads of confidential records (financing diagnostics), for admins. */
@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "Who read which confidential record")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    private final AuditEventService service;

    public AuditEventResource(AuditEventService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAuditEvents", summary = "Reads of confidential records, newest first",
            description = "One event per record read by someone other than its structure's users: READ when it was "
                    + "opened, LIST when it was in a list.")
    public EventPage list(@Valid @BeanParam AuditEventQuery query) {
        return service.list(query);
    }
}
