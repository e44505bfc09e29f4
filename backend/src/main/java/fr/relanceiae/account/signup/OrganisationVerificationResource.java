package fr.relanceiae.account.signup;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.shared.paging.PagingQuery;
import fr.relanceiae.shared.security.Roles;

/** The facilitators' queue of organisations created by sign-up: confirm, or merge into an existing one. */
@Path("/api/v1/organisations")
@Tag(name = "Sign-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationVerificationResource {

    private final OrganisationVerificationService service;

    public OrganisationVerificationResource(OrganisationVerificationService service) {
        this.service = service;
    }

    @GET
    @Path("/to-verify")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "listOrganisationsToVerify", summary = "Organisations created by sign-up, not yet verified",
            description = "Oldest first, with their users and sourcing requests counted.")
    public OrganisationToVerifyPage listToVerify(@Valid @BeanParam PagingQuery query) {
        return service.listToVerify(query);
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "confirmOrganisation", summary = "Confirm an organisation created by sign-up",
            description = "409 on `name` when a verified organisation of the same kind has the same name: merge it instead.")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<OrganisationToVerify> confirm(@PathParam("id") UUID id) {
        return RestResponse.ok(service.confirm(id));
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "mergeOrganisation", summary = "Merge an organisation created by sign-up into another",
            description = "Its users, sourcing requests and everything else that points at it move to the target; the "
                    + "organisation itself is deleted. Answers the target.")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<OrganisationToVerify> merge(@PathParam("id") UUID id, @Valid @NotNull OrganisationMerge request) {
        return RestResponse.ok(service.merge(id, request));
    }
}
