package fr.relanceiae.sourcing.contract;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.shared.paging.PageQuery;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ETags;
import fr.relanceiae.shared.web.PublicUrl;

/** Public contracts held by companies that the network asks to subcontract to structures (facilitators). */
@Path("/api/v1/ongoing-contracts")
@Tag(name = "Sourcing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OngoingContractResource {

    private final OngoingContractService service;
    private final PublicUrl publicUrl;

    public OngoingContractResource(OngoingContractService service, PublicUrl publicUrl) {
        this.service = service;
        this.publicUrl = publicUrl;
    }

    @GET
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "listOngoingContracts", summary = "Ongoing contracts, by end date",
            description = "`q` looks in the title, the holder's name and the buyer's name.")
    public OngoingContractPage list(@Valid @BeanParam PageQuery query) {
        return service.list(query);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "getOngoingContract", summary = "An ongoing contract")
    @APIResponse(responseCode = "200", description = "The contract", headers = @Header(name = HttpHeaders.ETAG))
    public RestResponse<OngoingContractView> get(@PathParam("id") UUID id) {
        OngoingContractView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @POST
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "createOngoingContract", summary = "Record an ongoing contract")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OngoingContractView.class)))
    public RestResponse<OngoingContractView> create(@Valid @NotNull OngoingContractInput input) {
        OngoingContractView created = service.create(input);
        return ETags.created(publicUrl.of("/api/v1/ongoing-contracts/" + created.id()), created, created.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "updateOngoingContract", summary = "Update an ongoing contract")
    @APIResponse(responseCode = "200", description = "Updated")
    public RestResponse<OngoingContractView> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OngoingContractInput input) {
        OngoingContractView updated = service.update(id, ifMatch, input);
        return ETags.ok(updated, updated.version());
    }
}
