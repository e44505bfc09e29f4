package fr.relanceiae.directory.importing;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.PublicUrl;

@Path("/api/v1/structure-imports")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
public class StructureImportResource {

    public static final String CSV = "text/csv";

    private final StructureImportService service;
    private final PublicUrl publicUrl;

    public StructureImportResource(StructureImportService service, PublicUrl publicUrl) {
        this.service = service;
        this.publicUrl = publicUrl;
    }

    @POST
    @Consumes({ CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "importStructures", summary = "Import structures from a CSV file (upsert by SIRET)",
            description = "UTF-8 (with or without BOM) or Windows-1252, `,` or `;`, columns named by the header, "
                    + "by their code or their French header (case and accents ignored): see "
                    + "describeStructureImportFormat. Required: siret, name, kind. Optional: brand, legal_form, naf, "
                    + "address, post_code, city, department, latitude, longitude, description, email, phone, website, "
                    + "insertion_fte, sectors, presta_types, geo_range, geo_departments, geo_radius_km (lists "
                    + "separated by `|`); coded values by their code or their French label. A file without the "
                    + "required columns answers 400 naming them (and the columns it did not recognise) in its "
                    + "detail; unrecognised columns of an accepted file are ignored with a warning on line 1. "
                    + "At most 50 MB. The rows are written in the background: follow the job. At most "
                    + "`relance.import.max-queued` jobs (5) wait their turn: one more answers 429 with Retry-After. "
                    + "A cell behind a `'` followed by `=`, `+`, `-`, `@`, tab or carriage return (how the app "
                    + "writes formulas in its CSV files) is read without that `'`.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "Accepted; the job runs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StructureImportView.class)))
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public Response start(byte[] file) {
        StructureImportView job = service.start(file);
        return Response.accepted(job).location(publicUrl.of("/api/v1/structure-imports/" + job.id())).build();
    }

    @GET
    @Path("/format")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "describeStructureImportFormat", summary = "How a structure file is written",
            description = "The reading rules, then every column: its code and French headers (either is read), "
                    + "whether it is required, what it holds and, for coded columns, the accepted codes with their "
                    + "labels (kinds, presta types, zones, sectors), from the reference data.")
    public StructureImportFormat format() {
        return service.format();
    }

    @GET
    @Path("/template.csv")
    @Produces(CSV + ";charset=UTF-8")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "downloadStructureImportTemplate", summary = "A structure file to fill in",
            description = "UTF-8 with BOM, `;` separator: the French headers and one example row, which imports "
                    + "as it is.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response template() {
        return csv(service.template(), "modele-import-structures.csv");
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "getStructureImport", summary = "An import job: its progress, then its report")
    public StructureImportView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/rejected.csv")
    @Produces(CSV + ";charset=UTF-8")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "getStructureImportRejectedRows", summary = "Every rejected row of an import, as CSV",
            description = "UTF-8 with BOM, `;` separator. Columns `ligne` (line in the file) and `motifs` (reasons, "
                    + "separated by ` | `), then the file's own columns with the row as it was: fixed, the file "
                    + "can be imported again. 409 while the job is QUEUED or RUNNING.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public Response rejected(@PathParam("id") UUID id) {
        return csv(service.rejectedCsv(id), "import-lignes-rejetees.csv");
    }

    @GET
    @Path("/{id}/warnings.csv")
    @Produces(CSV + ";charset=UTF-8")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "getStructureImportWarnings", summary = "Every warning of an import, as CSV",
            description = "UTF-8 with BOM, `;` separator, columns `ligne`, `siret`, `avertissement`. "
                    + "409 while the job is QUEUED or RUNNING.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public Response warnings(@PathParam("id") UUID id) {
        return csv(service.warningsCsv(id), "import-avertissements.csv");
    }

    private static Response csv(byte[] content, String fileName) {
        return Response.ok(content).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
