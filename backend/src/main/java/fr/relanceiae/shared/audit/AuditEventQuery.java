package fr.relanceiae.shared.audit;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.relanceiae.shared.paging.PagingQuery;

/** The audit log's filters; dates are days in Paris, both included. */
public class AuditEventQuery extends PagingQuery {

    static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    static final String DATE_MESSAGE = "date attendue au format AAAA-MM-JJ";

    @QueryParam("recordType")
    @Size(max = 40)
    @Parameter(description = "e.g. `FINANCING_DIAGNOSTIC`")
    public String recordType;

    @QueryParam("recordId")
    public UUID recordId;

    @QueryParam("actor")
    @Parameter(description = "The user who read")
    public UUID actor;

    @QueryParam("from")
    @Size(max = 10)
    @Pattern(regexp = DATE, message = DATE_MESSAGE)
    @Parameter(description = "From this day (Europe/Paris), e.g. 2026-12-01")
    public String from;

    @QueryParam("to")
    @Size(max = 10)
    @Pattern(regexp = DATE, message = DATE_MESSAGE)
    @Parameter(description = "Up to this day included (Europe/Paris)")
    public String to;
}
