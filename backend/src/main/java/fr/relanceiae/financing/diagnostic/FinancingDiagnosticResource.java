package fr.relanceiae.financing.diagnostic;

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

import fr.relanceiae.financing.diagnostic.FinancingDiagnosticViews.DiagnosticPage;
import fr.relanceiae.financing.diagnostic.FinancingDiagnosticViews.View;
import fr.relanceiae.shared.idempotency.IdempotentRequests;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ETags;
import fr.relanceiae.shared.web.PublicUrl;

/** Structures' financing diagnostics: written as drafts, submitted, reviewed, oriented and closed. */
@Path("/api/v1/financing-diagnostics")
@Tag(name = "Financing", description = "Financing diagnostics, their recommendation rules and indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinancingDiagnosticResource {

    private static final String SEES = " A siae user sees its organisation's structures' diagnostics (another's is a "
            + "404); facilitators and admins see all, and each of their reads is written to the audit log.";
    private static final String COMPUTED = " The figures and recommendations are computed at each read, with the rules "
            + "in force.";
    private static final String TRANSITION = " Any other transition answers 409.";
    private static final String IF_MATCH_OPTIONAL = "The ETag of the version read; optional here (412 when stale)";

    private final FinancingDiagnosticService service;
    private final PublicUrl publicUrl;
    private final IdempotentRequests idempotent;

    public FinancingDiagnosticResource(FinancingDiagnosticService service, PublicUrl publicUrl,
            IdempotentRequests idempotent) {
        this.service = service;
        this.publicUrl = publicUrl;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "createFinancingDiagnostic", summary = "Open a diagnostic (a draft)",
            description = "A siae user opens one for one of its organisation's structures (structureId may be left out "
                    + "when there is only one); a facilitator names the structure. Inputs left out are pre-filled from "
                    + "the structure's profile (insertion FTE, permanent headcount, annual revenue) and its last survey "
                    + "(revenue loss). One open diagnostic per structure: 409 while another is not closed, with its "
                    + "address in `Location`." + COMPUTED)
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<View> create(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull FinancingDiagnosticCreate input) {
        return idempotent.run(idempotencyKey, "POST /financing-diagnostics", input, () -> {
            View created = service.create(input);
            return ETags.created(publicUrl.of("/api/v1/financing-diagnostics/" + created.id()), created,
                    created.version());
        });
    }

    @GET
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "listFinancingDiagnostics", summary = "Diagnostics, most recently changed first",
            description = "Filtered by statuses, risk levels, department, assignee and structure." + SEES)
    public DiagnosticPage list(@Valid @BeanParam FinancingDiagnosticQuery query) {
        return service.list(query);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "getFinancingDiagnostic", summary = "A diagnostic, with its figures and recommendations",
            description = SEES + COMPUTED)
    @APIResponse(responseCode = "200", description = "The diagnostic", headers = @Header(name = HttpHeaders.ETAG))
    public RestResponse<View> get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "updateFinancingDiagnostic", summary = "Rewrite a draft's inputs",
            description = "Only while in DRAFT (409). Every input is replaced (one left out is emptied); the figures "
                    + "and recommendations of the answer are recomputed. The domain's checks answer 400 field by field "
                    + "(a negative amount, a percentage beyond 0–100, a variable cost rate of 100 % or more)." + SEES)
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<View> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FinancingDiagnosticInputs inputs) {
        return withETag(service.update(id, ifMatch, inputs));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "submitFinancingDiagnostic", summary = "Submit a complete draft for review",
            description = "DRAFT → SUBMITTED. Every input a figure needs must be there: the missing ones are listed "
                    + "(400)." + TRANSITION + SEES)
    @APIResponse(responseCode = "200", description = "Submitted", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<View> submit(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_OPTIONAL)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(service.submit(id, ifMatch));
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "reviewFinancingDiagnostic", summary = "Take a submitted diagnostic in hand",
            description = "SUBMITTED → IN_REVIEW, assigned to the facilitator named (the caller when left out), with "
                    + "review notes; on a diagnostic in review, changes its assignee or notes (notes left out are kept)."
                    + TRANSITION)
    @APIResponse(responseCode = "200", description = "In review", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<View> review(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_OPTIONAL)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FinancingReviewInput input) {
        return withETag(service.review(id, ifMatch, input));
    }

    @POST
    @Path("{id}/orient")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "orientFinancingDiagnostic", summary = "Orient the structure to instruments",
            description = "IN_REVIEW → ORIENTED (an oriented diagnostic may be oriented again): the instruments chosen, "
                    + "a comment for the structure and the follow-up date (from today to two years ahead). The structure is told by "
                    + "e-mail." + TRANSITION)
    @APIResponse(responseCode = "200", description = "Oriented", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<View> orient(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_OPTIONAL)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FinancingOrientationInput input) {
        return withETag(service.orient(id, ifMatch, input));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "closeFinancingDiagnostic", summary = "Close a diagnostic",
            description = "Any open status → CLOSED by a facilitator; a siae user may only close (abandon) its own "
                    + "draft. The structure may then open a new one." + TRANSITION + SEES)
    @APIResponse(responseCode = "200", description = "Closed", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<View> close(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_OPTIONAL)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid FinancingCloseInput input) {
        return withETag(service.close(id, ifMatch, input));
    }

    private static RestResponse<View> withETag(View view) {
        return ETags.ok(view, view.version());
    }
}
