package fr.relanceiae.reference;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.relanceiae.shared.security.Roles;

/** Reference lists, readable by every signed-in role. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.BUYER, Roles.SIAE, Roles.FACILITATOR, Roles.PARTNER, Roles.ADMIN })
@Tag(name = "Reference", description = "Sectors, departments, communes, kinds of structures and of services")
public class ReferenceResource {

    @Inject
    ReferenceService service;

    @GET
    @Path("sectors")
    @Operation(operationId = "listSectors", summary = "The sector taxonomy: groups and their sectors")
    public List<SectorGroupView> sectors() {
        return service.sectors();
    }

    @GET
    @Path("departments")
    @Operation(operationId = "listDepartments", summary = "Every department, by code, with its region")
    public List<DepartmentView> departments() {
        return service.departments();
    }

    @GET
    @Path("structure-kinds")
    @Operation(operationId = "listStructureKinds", summary = "The kinds of inclusion structures")
    public List<StructureKindView> structureKinds() {
        return service.structureKinds();
    }

    @GET
    @Path("presta-types")
    @Operation(operationId = "listPrestaTypes", summary = "The kinds of services a structure provides")
    public List<PrestaTypeView> prestaTypes() {
        return service.prestaTypes();
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
        return service.searchCommunes(q);
    }
}
