package fr.relanceiae.supply.order;

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

import fr.relanceiae.shared.idempotency.IdempotentRequests;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ETags;
import fr.relanceiae.shared.web.PublicUrl;
import fr.relanceiae.supply.order.SupplyOrderViews.OrderPage;
import fr.relanceiae.supply.order.SupplyOrderViews.OrderView;

/** Structures' orders of sanitary supplies: written, submitted, cancelled, shipped and delivered. */
@Path("/api/v1/supply-orders")
@Tag(name = "Supplies", description = "Sanitary supplies: products and stock, orders, allocation runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupplyOrderResource {

    private static final String SEES = " A siae user sees its organisation's structures' orders (another's is a 404), a "
            + "facilitator all.";
    private static final String TRANSITION = " Any other transition answers 409.";

    private final SupplyOrderService service;
    private final PublicUrl publicUrl;
    private final IdempotentRequests idempotent;

    public SupplyOrderResource(SupplyOrderService service, PublicUrl publicUrl, IdempotentRequests idempotent) {
        this.service = service;
        this.publicUrl = publicUrl;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "createSupplyOrder", summary = "Write an order (a draft)",
            description = "A siae user orders for one of its organisation's structures (structureId may be left out "
                    + "when there is only one); a facilitator names the structure. Lines name active products, each "
                    + "once, within their maxPerOrder (400 with the field). Without delivery details, the structure's "
                    + "address and contact are taken.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)))
    public RestResponse<OrderView> create(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull SupplyOrderInput input) {
        return idempotent.run(idempotencyKey, "POST /supply-orders", input, () -> {
            OrderView created = service.create(input);
            return ETags.created(publicUrl.of("/api/v1/supply-orders/" + created.id()), created, created.version());
        });
    }

    @GET
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "listSupplyOrders", summary = "Orders, newest first unless sorted otherwise",
            description = "Filtered by statuses, structure and `q` (a reference such as C-00042, or the structure's "
                    + "name)." + SEES)
    public OrderPage list(@Valid @BeanParam SupplyOrderQuery query) {
        return service.list(query);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "getSupplyOrder", summary = "An order, with its lines, shipments and timeline",
            description = SEES)
    @APIResponse(responseCode = "200", description = "The order", headers = @Header(name = HttpHeaders.ETAG))
    public RestResponse<OrderView> get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "updateSupplyOrder", summary = "Rewrite a draft order",
            description = "Only while in DRAFT (409). The same rules as creating it." + SEES)
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<OrderView> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SupplyOrderInput input) {
        return withETag(service.update(id, ifMatch, input));
    }

    @PUT
    @Path("{id}/delivery")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "changeSupplyOrderDelivery", summary = "Change where an order goes",
            description = "Until it is wholly shipped (409 after). Once submitted, every part but the e-mail is "
                    + "required (400)." + SEES)
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<OrderView> changeDelivery(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DeliveryDetails delivery) {
        return withETag(service.changeDelivery(id, ifMatch, delivery));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "submitSupplyOrder", summary = "Send a draft order: what is in stock is reserved at once",
            description = "DRAFT → RESERVED (all reserved), PARTIALLY_RESERVED or BACKORDERED (nothing in stock yet): "
                    + "each line reserves what is available now, up to its quantity; the rest waits for the next "
                    + "allocation run. The order must be complete: every missing field is listed (400)." + TRANSITION
                    + SEES)
    @APIResponse(responseCode = "200", description = "Submitted", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<OrderView> submit(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @PathParam("id") UUID id) {
        return idempotent.run(idempotencyKey, "POST /supply-orders/" + id + "/submit", null,
                () -> withETag(service.submit(id)));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "cancelSupplyOrder", summary = "Cancel an order before anything has shipped",
            description = "From DRAFT or a submitted status, while no parcel has left: its reserved units return to "
                    + "stock." + TRANSITION + SEES)
    @APIResponse(responseCode = "200", description = "Cancelled", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<OrderView> cancel(@PathParam("id") UUID id) {
        return withETag(service.cancel(id));
    }

    @POST
    @Path("{id}/lines/{lineId}/cancel")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "cancelSupplyOrderLine", summary = "Cancel one line of a submitted order before it ships",
            description = "Its reserved units return to stock and its backorder is dropped. An order whose lines are "
                    + "all cancelled is CANCELLED; one whose other lines have all shipped is SHIPPED. 409 for a line "
                    + "already cancelled or (partly) shipped." + SEES)
    @APIResponse(responseCode = "200", description = "Cancelled", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<OrderView> cancelLine(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId) {
        return withETag(service.cancelLine(id, lineId));
    }

    @POST
    @Path("{id}/ship")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "shipSupplyOrder", summary = "Record a parcel sent for an order",
            description = "Carrier, tracking reference, date and units per line: at most what each line has reserved "
                    + "and not shipped yet (409 naming the line otherwise). An order may ship in several parcels; it "
                    + "is SHIPPED once every line is shipped or cancelled.")
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<OrderView> ship(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @PathParam("id") UUID id, @Valid @NotNull ShipmentInput input) {
        return idempotent.run(idempotencyKey, "POST /supply-orders/" + id + "/ship", input,
                () -> withETag(service.ship(id, input)));
    }

    @POST
    @Path("{id}/deliver")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "deliverSupplyOrder", summary = "Record that a shipped order has arrived",
            description = "SHIPPED → DELIVERED." + TRANSITION)
    @APIResponse(responseCode = "200", description = "Delivered", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<OrderView> deliver(@PathParam("id") UUID id) {
        return withETag(service.deliver(id));
    }

    private static RestResponse<OrderView> withETag(OrderView view) {
        return ETags.ok(view, view.version());
    }
}
