package fr.relanceiae.directory.exporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.relanceiae.directory.importing.StructureCsv.Layout;
import fr.relanceiae.directory.importing.StructureImportResource;
import fr.relanceiae.directory.search.StructureSearchQuery;
import fr.relanceiae.shared.security.Roles;

/** The structures a search finds, as a file: CSV or XLSX, for a buyer to read or to import again. */
@Path("/api/v1")
@Tag(name = "Directory")
public class StructureExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String LAYOUT_DESCRIPTION = "`readable` (default): French headers, labels instead of codes, "
            + "decimal commas in the CSV, and with lat, lon and radiusKm a last column \"Distance (km)\". "
            + "`import`: the import's column codes and values, which import back unchanged.";
    private static final String ROWS = " Every structure the search finds (no paging), in the search's order "
            + "(same sort and defaults as searchStructures).";

    private final StructureExportService service;

    public StructureExportResource(StructureExportService service) {
        this.service = service;
    }

    @GET
    @Path("structures/export.csv")
    @Produces(StructureImportResource.CSV + ";charset=UTF-8")
    @RolesAllowed({ Roles.BUYER, Roles.SIAE, Roles.FACILITATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "exportStructures", summary = "The structures a search finds, as CSV",
            description = "UTF-8 with BOM, `;` separator (what a French spreadsheet opens as columns); cells a "
                    + "spreadsheet would run as formulas are written behind a `'`." + ROWS)
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = StructureImportResource.CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response exportCsv(@Valid @BeanParam StructureSearchQuery query, @QueryParam("layout")
            @DefaultValue("readable") @Pattern(regexp = "readable|import", message = "readable ou import.")
            @Parameter(description = LAYOUT_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "readable", "import" }, defaultValue = "readable")) String layout) {
        Layout chosen = layout(layout);
        StructureExportService.Export export = service.prepare(query, chosen);
        StreamingOutput body = out -> service.write(export, StructureExportWriter.csv(out, chosen));
        return file(body, "structures.csv");
    }

    @GET
    @Path("structures/export.xlsx")
    @Produces(XLSX)
    @RolesAllowed({ Roles.BUYER, Roles.SIAE, Roles.FACILITATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "exportStructuresXlsx", summary = "The structures a search finds, as an Excel file",
            description = "One sheet, header row frozen; numbers are numbers, text is text (never a formula)." + ROWS)
    @APIResponse(responseCode = "200", description = "The XLSX file",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportXlsx(@Valid @BeanParam StructureSearchQuery query, @QueryParam("layout")
            @DefaultValue("readable") @Pattern(regexp = "readable|import", message = "readable ou import.")
            @Parameter(description = LAYOUT_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "readable", "import" }, defaultValue = "readable")) String layout) {
        StructureExportService.Export export = service.prepare(query, layout(layout));
        StreamingOutput body = out -> service.write(export, StructureExportWriter.xlsx(out));
        return file(body, "structures.xlsx");
    }

    private static Layout layout(String layout) {
        return "import".equals(layout) ? Layout.IMPORT : Layout.READABLE;
    }

    private static Response file(StreamingOutput body, String fileName) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
