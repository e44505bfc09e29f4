package fr.relanceiae.financing.rules;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ETags;
import fr.relanceiae.shared.web.PublicUrl;

/** The recommendation rules of financing diagnostics, stored as data: edited by admins, read by facilitators. */
@Path("/api/v1/financing-rules")
@Tag(name = "Financing", description = "Financing diagnostics, their recommendation rules and indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinancingRuleResource {

    private static final String CHECKED = " The rule is checked as a whole: every problem is answered at once (400), "
            + "each with its path (`condition.all[1].op`) and a French message; a code already used is a 409.";

    private final FinancingRuleService service;
    private final PublicUrl publicUrl;

    public FinancingRuleResource(FinancingRuleService service, PublicUrl publicUrl) {
        this.service = service;
        this.publicUrl = publicUrl;
    }

    @GET
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "listFinancingRules", summary = "The recommendation rules, in the order they apply",
            description = "Those not in force (active false) included.")
    public List<FinancingRuleView> list() {
        return service.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "getFinancingRule", summary = "A recommendation rule")
    @APIResponse(responseCode = "200", description = "The rule", headers = @Header(name = HttpHeaders.ETAG))
    public RestResponse<FinancingRuleView> get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createFinancingRule", summary = "Add a recommendation rule",
            description = "It applies to every diagnostic read from then on." + CHECKED)
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FinancingRuleView.class)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<FinancingRuleView> create(@Valid @NotNull FinancingRuleInput input) {
        FinancingRuleView created = service.create(input);
        return ETags.created(publicUrl.of("/api/v1/financing-rules/" + created.id()), created, created.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateFinancingRule", summary = "Rewrite a recommendation rule",
            description = "Active and position are kept when left out." + CHECKED)
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<FinancingRuleView> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FinancingRuleInput input) {
        return withETag(service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteFinancingRule", summary = "Remove a recommendation rule",
            description = "To keep a rule without applying it, set active to false instead.")
    @APIResponse(responseCode = "204", description = "Removed")
    public RestResponse<Void> delete(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<FinancingRuleView> withETag(FinancingRuleView view) {
        return ETags.ok(view, view.version());
    }
}
