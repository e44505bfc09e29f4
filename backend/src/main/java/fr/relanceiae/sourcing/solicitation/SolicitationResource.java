package fr.relanceiae.sourcing.solicitation;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.shared.paging.PageQuery;
import fr.relanceiae.shared.security.Roles;

/**
 * The structures to call (facilitators), and the inbox and answers of the solicited
 * structures' users. A request's own list is {@link RequestSolicitationResource}.
 */
@Path("/api/v1/solicitations")
@Tag(name = "Sourcing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SolicitationResource {

    private final SolicitationService service;

    public SolicitationResource(SolicitationService service) {
        this.service = service;
    }

    @GET
    @Path("unreachable")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "listUnreachableSolicitations", summary = "Solicited structures no e-mail reaches, to call",
            description = "Unanswered solicitations of published requests whose structure has no user and no contact "
                    + "e-mail, most recently solicited first, with the structure's phone and its users.")
    public UnreachableSolicitationPage listUnreachable(@Valid @BeanParam PageQuery page) {
        return UnreachableSolicitationPage.of(service.listUnreachable(page));
    }

    @GET
    @RolesAllowed(Roles.SIAE)
    @Operation(operationId = "listMySolicitations", summary = "The inbox of the siae user's organisation",
            description = "Solicitations of the organisation's structures, newest first; `q` searches the titles.")
    public SolicitationInboxPage inbox(@Valid @BeanParam PageQuery page, @QueryParam("status") SolicitationStatus status) {
        return SolicitationInboxPage.of(service.inbox(page, status));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.SIAE)
    @Operation(operationId = "getSolicitation", summary = "A solicitation of the siae user's organisation",
            description = "The first view is recorded (SENT becomes VIEWED). Another organisation's is 404.")
    public SolicitationDetail get(@PathParam("id") UUID id) {
        return service.getForCaller(id);
    }

    @PUT
    @Path("{id}/answer")
    @RolesAllowed(Roles.SIAE)
    @Operation(operationId = "answerSolicitation", summary = "Answer a solicitation, or change the answer",
            description = "Accepted while the request is published, until 23:59:59 Paris time of its deadline "
                    + "(409 after). INTERESTED requires a message, DECLINED a reason.")
    @APIResponse(responseCode = "200", description = "Answered; the solicitation as the structure now sees it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SolicitationDetail.class)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public SolicitationDetail answer(@PathParam("id") UUID id, @Valid @NotNull SolicitationAnswerInput input) {
        return service.answerForCaller(id, input);
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @RolesAllowed(Roles.SIAE)
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadSolicitationAttachment", summary = "A file joined to the request of a solicitation")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return SolicitationAttachments.download(service.attachmentForCaller(id, attachmentId));
    }
}
