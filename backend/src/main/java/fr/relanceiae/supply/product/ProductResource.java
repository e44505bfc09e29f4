package fr.relanceiae.supply.product;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import fr.relanceiae.shared.idempotency.IdempotentRequests;
import fr.relanceiae.shared.paging.PagingQuery;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ETags;
import fr.relanceiae.shared.web.PublicUrl;
import fr.relanceiae.supply.stock.AdjustmentInput;
import fr.relanceiae.supply.stock.ReceiptInput;
import fr.relanceiae.supply.stock.StockMovementPage;
import fr.relanceiae.supply.stock.StockMovementView;

/** The products of the sanitary supplies, their stock, and the receipts and adjustments of that stock. */
@Path("/api/v1/products")
@Tag(name = "Supplies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final ProductService service;
    private final PublicUrl publicUrl;
    private final IdempotentRequests idempotent;

    public ProductResource(ProductService service, PublicUrl publicUrl, IdempotentRequests idempotent) {
        this.service = service;
        this.publicUrl = publicUrl;
        this.idempotent = idempotent;
    }

    @GET
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "listProducts", summary = "The products with their stock, in name order",
            description = "The active ones; a facilitator or an admin may ask for the inactive ones too.")
    public List<ProductView> list(@QueryParam("includeInactive") @DefaultValue("false")
            @Parameter(description = "Also the products no longer offered (facilitators and admins)") boolean includeInactive) {
        return service.list(includeInactive);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "getProduct", summary = "A product with its stock",
            description = "An inactive product is a 404 but for facilitators and admins.")
    @APIResponse(responseCode = "200", description = "The product", headers = @Header(name = HttpHeaders.ETAG))
    public RestResponse<ProductView> get(@PathParam("id") UUID id) {
        ProductView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @POST
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "createProduct", summary = "Add a product to the catalogue, with no stock",
            description = "The reference (sku) is unique, whatever the case (409 naming `sku`). Stock comes by receipts.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<ProductView> create(@Valid @NotNull ProductInput input) {
        ProductView created = service.create(input);
        return ETags.created(publicUrl.of("/api/v1/products/" + created.id()), created, created.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "updateProduct", summary = "Rewrite a product (not its stock)",
            description = "An inactive product can no longer be ordered; orders already made keep it.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<ProductView> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ProductInput input) {
        ProductView view = service.update(id, ifMatch, input);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("{id}/receipts")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "receiveStock", summary = "Record stock received (a donation, a purchase)",
            description = "Adds the units on hand. When orders wait for this product, the facilitators are e-mailed "
                    + "so that one runs an allocation.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StockMovementView.class)))
    public RestResponse<StockMovementView> receive(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @PathParam("id") UUID id, @Valid @NotNull ReceiptInput input) {
        return idempotent.run(idempotencyKey, "POST /products/" + id + "/receipts", input,
                () -> created(id, service.receive(id, input)));
    }

    @POST
    @Path("{id}/adjustments")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "adjustStock", summary = "Correct the units on hand after a count, with a comment",
            description = "Positive adds, negative removes; it may not remove units reserved for orders (409 naming "
                    + "`quantity`).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StockMovementView.class)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<StockMovementView> adjust(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @PathParam("id") UUID id, @Valid @NotNull AdjustmentInput input) {
        return idempotent.run(idempotencyKey, "POST /products/" + id + "/adjustments", input,
                () -> created(id, service.adjust(id, input)));
    }

    @GET
    @Path("{id}/movements")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "listStockMovements", summary = "A product's stock ledger, newest first",
            description = "Every receipt, reservation, release, adjustment and shipment, with the totals after it.")
    public StockMovementPage movements(@PathParam("id") UUID id, @Valid @BeanParam PagingQuery page) {
        return service.movements(id, page);
    }

    private RestResponse<StockMovementView> created(UUID productId, StockMovementView movement) {
        return RestResponse.ResponseBuilder.<StockMovementView>created(
                publicUrl.of("/api/v1/products/" + productId + "/movements")).entity(movement).build();
    }
}
