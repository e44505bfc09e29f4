package fr.relanceiae.directory.profile;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.directory.search.DirectorySearchService;
import fr.relanceiae.directory.search.StructureSearchPage;
import fr.relanceiae.directory.search.StructureSearchQuery;
import fr.relanceiae.shared.security.PublicRead;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ETags;
import fr.relanceiae.shared.web.PublicUrl;

/** The directory: search, profiles, activities and offers. */
@Path("/api/v1")
@Tag(name = "Directory", description = "Inclusion structures, their activities and catalogues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StructureResource {

    /** What the public reads say of their callers. */
    public static final String PUBLIC_READ = "Open without a token: anonymous visitors (and partners without "
            + "directory:read) read the public directory (active structures, no e-mail, phone nor contact person, "
            + "`contactsHidden: true`), limited per client address (429 with Retry-After beyond).";

    private final StructureService service;
    private final DirectorySearchService search;
    private final PublicUrl publicUrl;

    public StructureResource(StructureService service, DirectorySearchService search, PublicUrl publicUrl) {
        this.service = service;
        this.search = search;
        this.publicUrl = publicUrl;
    }

    @GET
    @Path("structures")
    @PermitAll
    @PublicRead
    @Operation(operationId = "searchStructures", summary = "Search the directory, with facet counts",
            description = PUBLIC_READ)
    public StructureSearchPage search(@Valid @BeanParam StructureSearchQuery query) {
        return search.search(query);
    }

    @GET
    @Path("structures/{id}")
    @PermitAll
    @PublicRead
    @Operation(operationId = "getStructure", summary = "A structure's profile with its activities and offers",
            description = PUBLIC_READ)
    @APIResponse(responseCode = "200", description = "The profile; confidential fields only for its users, "
            + "facilitators and admins; no e-mail nor phone for anonymous visitors",
            headers = @Header(name = HttpHeaders.ETAG))
    public RestResponse<StructureDetail> get(@PathParam("id") UUID id) {
        StructureDetail detail = service.get(id);
        return ETags.ok(detail, detail.version());
    }

    @GET
    @Path("structures/by-siret/{siret}")
    @PermitAll
    @PublicRead
    @Operation(operationId = "getStructureBySiret", summary = "A structure's profile found by its SIRET",
            description = PUBLIC_READ)
    @APIResponse(responseCode = "200", description = "The profile", headers = @Header(name = HttpHeaders.ETAG))
    public RestResponse<StructureDetail> getBySiret(@PathParam("siret") @Size(max = 30) String siret) {
        StructureDetail detail = service.getBySiret(siret);
        return ETags.ok(detail, detail.version());
    }

    @POST
    @Path("structures")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "createStructure", summary = "Add a structure to the directory",
            description = "Without organisationId, a new SIAE organisation is created for it.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StructureDetail.class)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<StructureDetail> create(@Valid @NotNull StructureInput input) {
        StructureDetail created = service.create(input);
        return ETags.created(publicUrl.of("/api/v1/structures/" + created.id()), created, created.version());
    }

    @PUT
    @Path("structures/{id}")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "updateStructure", summary = "Update a structure's profile",
            description = "Its own users, facilitators and admins. Read-only fields are ignored; siae users cannot "
                    + "change siret, kind or active. `active: false` deactivates it (structures are never deleted).")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<StructureDetail> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull StructureInput input) {
        StructureDetail updated = service.update(id, ifMatch, input);
        return ETags.ok(updated, updated.version());
    }

    @POST
    @Path("structures/{id}/activities")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "createActivity", summary = "Add an activity to a structure")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<ActivityView> createActivity(@PathParam("id") UUID structureId,
            @Valid @NotNull ActivityInput input) {
        ActivityView created = service.addActivity(structureId, input);
        return ETags.created(publicUrl.of("/api/v1/activities/" + created.id()), created, created.version());
    }

    @PUT
    @Path("activities/{id}")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "updateActivity", summary = "Update an activity")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<ActivityView> updateActivity(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ActivityInput input) {
        ActivityView updated = service.updateActivity(id, ifMatch, input);
        return ETags.ok(updated, updated.version());
    }

    @DELETE
    @Path("activities/{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "deleteActivity", summary = "Remove an activity")
    public RestResponse<Void> deleteActivity(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteActivity(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("structures/{id}/offers")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "createOffer", summary = "Add an offer to a structure's catalogue")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    public RestResponse<OfferView> createOffer(@PathParam("id") UUID structureId, @Valid @NotNull OfferInput input) {
        OfferView created = service.addOffer(structureId, input);
        return ETags.created(publicUrl.of("/api/v1/offers/" + created.id()), created, created.version());
    }

    @PUT
    @Path("offers/{id}")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "updateOffer", summary = "Update an offer")
    @APIResponse(responseCode = "200", description = "Updated")
    public RestResponse<OfferView> updateOffer(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OfferInput input) {
        OfferView updated = service.updateOffer(id, ifMatch, input);
        return ETags.ok(updated, updated.version());
    }

    @DELETE
    @Path("offers/{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "deleteOffer", summary = "Remove an offer")
    public RestResponse<Void> deleteOffer(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteOffer(id, ifMatch);
        return RestResponse.noContent();
    }
}
