package fr.relanceiae.reference;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

import fr.relanceiae.shared.security.PublicRead;

/**
 * Reference lists, readable by anyone (the public directory's search needs them; anonymous calls are
 * limited per address, {@link PublicRead}), answered from the {@link ReferenceCatalog}. The lists carry a strong ETag and may be kept by the
 * browser (never by a shared cache) for
 * {@value #MAX_AGE_SECONDS} s, then revalidated: an If-None-Match that names the
 * current tag gets a 304 without a body. An hour bounds how long a browser shows
 * a list a new deployment changed; the lists change with a deployment only.
 * The global {@code Cache-Control: no-store} of /api (application.properties),
 * already on the response when a method runs, is replaced on their 200 and 304
 * only: their errors stay no-store.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@PublicRead
@Tag(name = "Reference", description = "Sectors, departments, communes, kinds of structures and of services, "
        + "labels and networks")
public class ReferenceResource {

    static final int MAX_AGE_SECONDS = 3600;
    static final String CACHE_CONTROL = "private, max-age=" + MAX_AGE_SECONDS;

    private final ReferenceCatalog catalog;
    /** The current request's routing context (a request-scoped bean). */
    private final CurrentVertxRequest current;

    public ReferenceResource(ReferenceCatalog catalog, CurrentVertxRequest current) {
        this.catalog = catalog;
        this.current = current;
    }

    @GET
    @Path("sectors")
    @Operation(operationId = "listSectors", summary = "The sector taxonomy: groups and their sectors")
    public RestResponse<List<SectorGroupView>> sectors(@Context Request request) {
        return cached(request, catalog.sectors());
    }

    @GET
    @Path("departments")
    @Operation(operationId = "listDepartments", summary = "Every department, by code, with its region")
    public RestResponse<List<DepartmentView>> departments(@Context Request request) {
        return cached(request, catalog.departments());
    }

    @GET
    @Path("structure-kinds")
    @Operation(operationId = "listStructureKinds", summary = "The kinds of inclusion structures")
    public RestResponse<List<StructureKindView>> structureKinds(@Context Request request) {
        return cached(request, catalog.structureKinds());
    }

    @GET
    @Path("presta-types")
    @Operation(operationId = "listPrestaTypes", summary = "The kinds of services a structure provides")
    public RestResponse<List<PrestaTypeView>> prestaTypes(@Context Request request) {
        return cached(request, catalog.prestaTypes());
    }

    @GET
    @Path("structure-labels")
    @Operation(operationId = "listStructureLabels", summary = "The labels a structure may hold (RGE, ESUS…)")
    public RestResponse<List<CodeName>> labels(@Context Request request) {
        return cached(request, catalog.labels());
    }

    @GET
    @Path("structure-networks")
    @Operation(operationId = "listStructureNetworks", summary = "The networks of inclusion enterprises")
    public RestResponse<List<CodeName>> networks(@Context Request request) {
        return cached(request, catalog.networks());
    }

    @GET
    @Path("communes")
    @Operation(operationId = "searchCommunes", summary = "Find communes by name or postcode, best matches first (at most 20)")
    public List<CommuneView> communes(
            @Parameter(description = "A name, the start of a name or of one of its words (accents, case, hyphens and "
                    + "apostrophes ignored; \"st\" stands for \"saint\"), a postcode (5 digits) or the start of one "
                    + "(2 to 4 digits)",
                    required = true, example = "Montreuil")
            @QueryParam("q") @NotBlank(message = "Saisissez un nom de commune ou un code postal.")
            @Size(max = 100, message = "100 caractères au plus.") String q) {
        return catalog.searchCommunes(q);
    }

    /**
     * The list with its tag, or a 304 when the request's If-None-Match names that tag; gzipped
     * (bytes compressed once, at start) when the request accepts it.
     */
    private <T> RestResponse<List<T>> cached(Request request, ReferenceList<T> list) {
        HttpServerRequest http = current.getCurrent().request();
        ReferenceList.Representation<T> sent = acceptsGzip(http.getHeader(HttpHeaders.ACCEPT_ENCODING))
                ? list.gzipped() : list.plain();
        RestResponse.ResponseBuilder<List<T>> answer = request.evaluatePreconditions(sent.tag()) == null
                ? RestResponse.ResponseBuilder.<List<T>>ok(sent.body())
                : RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED);
        // The response's headers are added to the filter's: without this, two Cache-Control headers.
        current.getCurrent().response().headers().remove(HttpHeaders.CACHE_CONTROL);
        return answer.tag(sent.tag()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    /**
     * Whether an Accept-Encoding header (RFC 9110, 12.5.3) accepts gzip: named ({@code gzip} or
     * {@code x-gzip}) with a weight above 0, or not named and {@code *} accepted.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean any = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            boolean accepted = true;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                    accepted = weight(parameter.substring(2)) > 0;
                }
            }
            if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                return accepted;
            }
            if (name.equals("*")) {
                any = accepted;
            }
        }
        return Boolean.TRUE.equals(any);
    }

    private static double weight(String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return 0; // unreadable: not accepted
        }
    }
}
