package fr.relanceiae.sourcing.request;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.relanceiae.shared.error.ProblemResponses;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.idempotency.IdempotentRequests;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ETags;
import fr.relanceiae.shared.web.PublicUrl;

/** Buyers' sourcing requests: writing them, their lifecycle and their attachments. */
@Path("/api/v1/sourcing-requests")
@Tag(name = "Sourcing", description = "Buyers' needs, their solicitations and outcomes; ongoing contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourcingRequestResource {

    private static final String TRANSITION = " Any other transition answers 409.";

    private final SourcingRequestService service;
    private final PublicUrl publicUrl;
    private final IdempotentRequests idempotent;

    public SourcingRequestResource(SourcingRequestService service, PublicUrl publicUrl, IdempotentRequests idempotent) {
        this.service = service;
        this.publicUrl = publicUrl;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({ Roles.BUYER, Roles.FACILITATOR, Roles.PARTNER })
    @Operation(operationId = "createSourcingRequest", summary = "Write a sourcing request (a draft)",
            description = "A buyer writes for its own organisation (buyerOrganisationId may be left out; another one is "
                    + "refused); a facilitator or a partner (scope sourcing:write) names any active buyer organisation. "
                    + "A draft needs a title and a channel; what is given must be valid. Submitting checks the rest.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourcingRequestView.class)))
    public RestResponse<SourcingRequestView> create(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull SourcingRequestInput input) {
        return idempotent.run(idempotencyKey, "POST /sourcing-requests", input, () -> {
            SourcingRequestView created = service.create(input);
            return ETags.created(publicUrl.of("/api/v1/sourcing-requests/" + created.id()), created, created.version());
        });
    }

    @GET
    @RolesAllowed({ Roles.BUYER, Roles.FACILITATOR, Roles.PARTNER })
    @Operation(operationId = "listSourcingRequests", summary = "Sourcing requests, newest first unless sorted otherwise",
            description = "A buyer sees its organisation's, a facilitator all, a partner those it created. "
                    + "`q` looks in the title, the description and the buyer's name; `sort` orders the whole list "
                    + "before paging (an unknown value is a 400 naming `sort`).")
    public SourcingRequestPage list(@Valid @BeanParam SourcingRequestQuery query) {
        return service.list(query);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.BUYER, Roles.SIAE, Roles.FACILITATOR, Roles.PARTNER })
    @Operation(operationId = "getSourcingRequest", summary = "A sourcing request",
            description = "404 when the caller does not see it: a buyer sees its organisation's, a siae user those "
                    + "one of its structures is solicited for, a partner those it created.")
    @APIResponse(responseCode = "200", description = "The request", headers = @Header(name = HttpHeaders.ETAG))
    public RestResponse<SourcingRequestView> get(@PathParam("id") UUID id) {
        SourcingRequestView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.BUYER, Roles.FACILITATOR, Roles.PARTNER })
    @Operation(operationId = "updateSourcingRequest", summary = "Rewrite a draft sourcing request",
            description = "While in DRAFT, by its buyer organisation, a facilitator, or the partner that created it; "
                    + "while SUBMITTED, by a facilitator reviewing it (it must stay complete: this is how the targeted "
                    + "and excluded structures are chosen before publishing). 409 otherwise. The buyer organisation "
                    + "does not change.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<SourcingRequestView> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SourcingRequestInput input) {
        return withETag(service.update(id, ifMatch, input));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.BUYER, Roles.FACILITATOR, Roles.PARTNER })
    @Operation(operationId = "submitSourcingRequest", summary = "Submit a draft for validation (DRAFT → SUBMITTED)",
            description = "By its buyer organisation, or the facilitator or partner that created it. The request "
                    + "must be complete: every missing or wrong field is listed (400)." + TRANSITION)
    @APIResponse(responseCode = "200", description = "Submitted", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<SourcingRequestView> submit(@PathParam("id") UUID id) {
        return withETag(service.submit(id));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "returnSourcingRequest", summary = "Send a submitted request back to draft, with a reason",
            description = "SUBMITTED → DRAFT." + TRANSITION)
    @APIResponse(responseCode = "200", description = "Back in draft", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<SourcingRequestView> sendBack(@PathParam("id") UUID id, @Valid @NotNull SourcingReturnInput input) {
        return withETag(service.sendBack(id, input));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "publishSourcingRequest", summary = "Publish a submitted request (SUBMITTED → PUBLISHED)",
            description = "The matching structures and the targeted ones are solicited." + TRANSITION)
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<SourcingRequestView> publish(@PathParam("id") UUID id) {
        return withETag(service.publish(id));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({ Roles.BUYER, Roles.FACILITATOR })
    @Operation(operationId = "closeSourcingRequest", summary = "Close a request with its outcome",
            description = "From PUBLISHED: AWARDED (one award or more), UNSUCCESSFUL or CANCELLED; from DRAFT or "
                    + "SUBMITTED: only CANCELLED. By its buyer organisation or a facilitator." + TRANSITION)
    @APIResponse(responseCode = "200", description = "Closed", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<SourcingRequestView> close(@PathParam("id") UUID id, @Valid @NotNull SourcingCloseInput input) {
        return withETag(service.close(id, input));
    }

    @POST
    @Path("{id}/deadline")
    @RolesAllowed({ Roles.BUYER, Roles.FACILITATOR })
    @Operation(operationId = "extendSourcingRequestDeadline", summary = "Move the response deadline of a published request later",
            description = "By its buyer organisation or a facilitator; the solicited structures are told. The new date "
                    + "is later than the current one and not in the past (Paris time). Only while PUBLISHED (409).")
    @APIResponse(responseCode = "200", description = "Extended", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<SourcingRequestView> extendDeadline(@PathParam("id") UUID id,
            @Valid @NotNull DeadlineExtensionInput input) {
        return withETag(service.extendDeadline(id, input));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.BUYER, Roles.FACILITATOR, Roles.PARTNER })
    @Operation(operationId = "addSourcingAttachment", summary = "Join a file to a draft request",
            description = "Multipart, part `file`. At most 3 files per request, 10 MB each; " + AttachmentType.ACCEPTED
                    + ". The type is read from the content (415 when it is none of these, or when the name's "
                    + "extension says another). Only while in DRAFT (409).")
    @APIResponse(responseCode = "201", description = "Joined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourcingAttachmentView.class)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "413", description = "Over 10 MB")
    @APIResponse(responseCode = "415", description = "Not an accepted type, or a name that does not match the content")
    public RestResponse<SourcingAttachmentView> addAttachment(@PathParam("id") UUID id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file) {
        SourcingAttachmentView created = service.addAttachment(id, file);
        return RestResponse.ResponseBuilder.<SourcingAttachmentView>created(
                publicUrl.of("/api/v1/sourcing-requests/" + id + "/attachments/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({ "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet", "application/msword", "application/vnd.ms-excel",
        "image/png", "image/jpeg", "image/webp", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.BUYER, Roles.SIAE, Roles.FACILITATOR, Roles.PARTNER })
    @Operation(operationId = "getSourcingAttachment", summary = "Download a file of a request",
            description = "Whoever sees the request. Sent as an attachment, with the type read from its content.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        SourcingRequestService.AttachmentFile attachment = service.attachment(id, attachmentId);
        return Response.ok(attachment.content(), attachment.contentType())
                .header("Content-Disposition", contentDisposition(attachment.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.BUYER, Roles.FACILITATOR, Roles.PARTNER })
    @Operation(operationId = "deleteSourcingAttachment", summary = "Remove a file from a draft request",
            description = "Only while in DRAFT (409), by those who may edit the request.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<Void> deleteAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        service.deleteAttachment(id, attachmentId);
        return RestResponse.noContent();
    }

    /**
     * A multipart body cut short, or without its closing boundary, fails while Quarkus REST
     * parses it, before the method runs: the client's error, not the server's.
     */
    @ServerExceptionMapper
    public Response unreadableMultipart(IOException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.forRequest(ProblemType.MALFORMED_REQUEST, "Le corps multipart est mal formé ou "
                + "incomplet : envoyez le fichier dans la partie « file ».", uri.getPath(),
                headers.getHeaderString(ProblemResponses.CORRELATION_HEADER), List.of(), Map.of());
    }

    private static RestResponse<SourcingRequestView> withETag(SourcingRequestView view) {
        return ETags.ok(view, view.version());
    }

    /** RFC 6266: an ASCII fallback name and the exact one in UTF-8 (RFC 5987). */
    static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
