package fr.relanceiae.supply.allocation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.shared.paging.PagingQuery;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.PublicUrl;
import fr.relanceiae.supply.allocation.AllocationRunViews.RunPage;
import fr.relanceiae.supply.allocation.AllocationRunViews.RunView;

/** Sharing new stock among the backorders, pro rata to the structures' insertion FTE. */
@Path("/api/v1/allocation-runs")
@Tag(name = "Supplies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FACILITATOR)
public class AllocationRunResource {

    private static final String LINES = "`page` and `size` page the run's lines (by product, most units first).";

    private final AllocationRunService service;
    private final PublicUrl publicUrl;

    public AllocationRunResource(AllocationRunService service, PublicUrl publicUrl) {
        this.service = service;
        this.publicUrl = publicUrl;
    }

    @POST
    @Operation(operationId = "createAllocationRun", summary = "Propose (and, unless a dry run, apply) an allocation",
            description = "Each product's available stock is shared among its backordered lines pro rata to their "
                    + "structure's insertion FTE (1 without one), never more than a line waits for, in whole units by "
                    + "the largest remainder (ties to the earliest submitted); every unit is accounted for (allocated "
                    + "+ left = available). A dry run is saved as a proposal to apply later. " + LINES)
    @APIResponse(responseCode = "201", description = "Proposed (or applied)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    public RestResponse<RunView> create(@Valid @NotNull AllocationRunInput input, @Valid @BeanParam PagingQuery lines) {
        RunView run = service.propose(input, lines);
        return RestResponse.ResponseBuilder.<RunView>created(publicUrl.of("/api/v1/allocation-runs/" + run.id()))
                .entity(run).build();
    }

    @GET
    @Operation(operationId = "listAllocationRuns", summary = "Past runs, newest first")
    public RunPage list(@Valid @BeanParam PagingQuery page) {
        return service.list(page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAllocationRun", summary = "A run with its totals and a page of its lines",
            description = LINES)
    public RunView get(@PathParam("id") UUID id, @Valid @BeanParam PagingQuery lines) {
        return service.get(id, lines);
    }

    @POST
    @Path("{id}/apply")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "applyAllocationRun", summary = "Apply a proposed run in one transaction",
            description = "409 when it is applied already, or when the stock or the backorders of its products "
                    + "changed since it was proposed (propose again). Two applied at once: one waits for the other, "
                    + "then finds the stock changed. " + LINES)
    @APIResponse(responseCode = "200", description = "Applied")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RunView apply(@PathParam("id") UUID id, @Valid @BeanParam PagingQuery lines) {
        return service.apply(id, lines);
    }
}
