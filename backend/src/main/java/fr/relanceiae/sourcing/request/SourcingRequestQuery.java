package fr.relanceiae.sourcing.request;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.relanceiae.shared.paging.PageQuery;
import fr.relanceiae.sourcing.SourcingChannel;
import fr.relanceiae.sourcing.SourcingStatus;

/** The list's filters: page, size, {@code q} (title, description, buyer's name), status and channel; its order. */
public class SourcingRequestQuery extends PageQuery {

    @QueryParam("status")
    @Parameter(description = "Only requests in this status")
    public SourcingStatus status;

    @QueryParam("channel")
    @Parameter(description = "Only requests of this channel")
    public SourcingChannel channel;

    @QueryParam("sort")
    @Parameter(description = "Order of the list. Default `newest` (created most recently first); `oldest`: waiting "
            + "longest first (by submission date, the creation date for a request never submitted), as a queue; "
            + "`deadline`: nearest response deadline first, requests without one last")
    public SourcingRequestSort sort;

    SourcingRequestSort sortOrDefault() {
        return sort == null ? SourcingRequestSort.newest : sort;
    }
}
