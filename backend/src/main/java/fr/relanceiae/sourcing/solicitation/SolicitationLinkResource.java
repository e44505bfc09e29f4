package fr.relanceiae.sourcing.solicitation;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.shared.web.ClientAddress;
import io.vertx.core.http.HttpServerRequest;

/**
 * A solicitation opened and answered without an account, through the personal link of its
 * e-mail ({@code /reponse/<token>}). The token acts for that one solicitation; a wrong or
 * expired one is a 404, the same for both. Look-ups are limited per client address (429).
 * Answers send no referrer and are not stored by caches.
 */
@Path("/api/v1/solicitation-links/{token}")
@Tag(name = "Sourcing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SolicitationLinkResource {


    private final SolicitationService service;
    private final SolicitationLinkLimit limit;

    public SolicitationLinkResource(SolicitationService service, SolicitationLinkLimit limit) {
        this.service = service;
        this.limit = limit;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getSolicitationByLink", summary = "A solicitation opened from its personal link",
            description = "No account needed. The first view is recorded (SENT becomes VIEWED).")
    @APIResponse(responseCode = "200", description = "The solicitation and its request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SolicitationDetail.class)))
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public RestResponse<SolicitationDetail> get(@PathParam("token") @Size(max = MAX_TOKEN) String token,
            @Context HttpServerRequest http) {
        limit.check(ClientAddress.of(http));
        return RestResponse.ok(service.getByLink(token));
    }

    @PUT
    @PermitAll
    @Operation(operationId = "answerSolicitationByLink", summary = "Answer a solicitation from its personal link",
            description = "No account needed; the same rules as PUT /solicitations/{id}/answer.")
    @APIResponse(responseCode = "200", description = "Answered; the solicitation as the structure now sees it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SolicitationDetail.class)))
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public RestResponse<SolicitationDetail> answer(@PathParam("token") @Size(max = MAX_TOKEN) String token,
            @Valid @NotNull SolicitationAnswerInput input, @Context HttpServerRequest http) {
        limit.check(ClientAddress.of(http));
        return RestResponse.ok(service.answerByLink(token, input));
    }

    @GET
    @Path("/attachments/{attachmentId}")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadSolicitationLinkAttachment",
            summary = "A file joined to the request, from the personal link")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public RestResponse<byte[]> attachment(@PathParam("token") @Size(max = MAX_TOKEN) String token,
            @PathParam("attachmentId") UUID attachmentId, @Context HttpServerRequest http) {
        limit.check(ClientAddress.of(http));
        return SolicitationAttachments.download(service.attachmentByLink(token, attachmentId));
    }

    @GET
    @Path("/partners")
    @PermitAll
    @Operation(operationId = "searchPartnersByLink",
            summary = "Structures to name as partners (co-contracting), from the personal link",
            description = "No account needed. The active structures of the directory whose name, brand, SIRET or "
                    + "town match `q` (at least 2 characters, else none), the solicited structure left out: at most "
                    + PARTNER_CHOICES + ", with their name and town only.")
    @APIResponse(responseCode = "200", description = "The structures found, best first")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public List<PartnerChoice> partners(@PathParam("token") @Size(max = MAX_TOKEN) String token,
            @QueryParam("q") @Size(max = 200) String q, @Context HttpServerRequest http) {
        limit.check(ClientAddress.of(http));
        return service.partnersByLink(token, q, PARTNER_CHOICES);
    }

    /** As many as the web app's suggestions while one types. */
    static final int PARTNER_CHOICES = 10;

    /** Tokens are 43 characters; anything much longer is not one. */
    static final int MAX_TOKEN = 100;
}
