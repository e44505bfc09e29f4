package fr.relanceiae.directory.search;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.relanceiae.directory.profile.StructureRules;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.paging.PageQuery;

/**
 * The directory search's query parameters (also the export's, but paging).
 * Lists and enums take a description through {@code @Parameter}: a description-only
 * {@code @Schema} on them replaces their inferred schema with an untyped object.
 */
public class StructureSearchQuery implements Cloneable {

    /** Values of a repeated filter (sector, kind, label…): more than any list of codes holds. */
    static final int MAX_CODES = 50;

    @QueryParam("q")
    @Size(max = PageQuery.MAX_TEXT_LENGTH)
    @Schema(description = "French full text over name, brand, description, sectors and offers (accents and case "
            + "ignored, small typos on names tolerated); 9 or 14 digits search a SIREN or a SIRET")
    public String q;

    @QueryParam("sector")
    @Parameter(description = "Sector slugs; a group slug means all its sectors")
    @Size(max = MAX_CODES)
    public List<@Size(max = 100) String> sector;

    @QueryParam("kind")
    @Size(max = MAX_CODES)
    public List<StructureKind> kind;

    @QueryParam("prestaType")
    @Parameter(description = "With sector: on the same activity")
    @Size(max = MAX_CODES)
    public List<PrestaType> prestaType;

    @QueryParam("department")
    @Size(max = 3)
    @Schema(description = "Structures located in it or with an activity serving it")
    public String department;

    @QueryParam("includeNationwide")
    @DefaultValue("true")
    @Schema(description = "With department: false leaves out activities serving the whole country", defaultValue = "true")
    public boolean includeNationwide = true;

    @QueryParam("lat")
    @DecimalMin("-90") @DecimalMax("90")
    public Double lat;

    @QueryParam("lon")
    @DecimalMin("-180") @DecimalMax("180")
    public Double lon;

    @QueryParam("radiusKm")
    @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000")
    @Schema(description = "With lat and lon: structures located within that great-circle distance")
    public Double radiusKm;

    @QueryParam("label")
    @Size(max = MAX_CODES)
    public List<@Size(max = 50) String> label;

    @QueryParam("network")
    @Size(max = MAX_CODES)
    public List<@Size(max = 50) String> network;

    @QueryParam("minInsertionFte")
    @DecimalMin("0")
    @DecimalMax(StructureRules.MAX_INSERTION_FTE)
    public BigDecimal minInsertionFte;

    @QueryParam("withContact")
    @DefaultValue("false")
    @Schema(description = "true keeps only the structures with an e-mail, a phone or a website", defaultValue = "false")
    public boolean withContact;

    @QueryParam("active")
    @DefaultValue("true")
    @Schema(description = "false lists deactivated structures (facilitators and admins only)", defaultValue = "true")
    public boolean active = true;

    @QueryParam("sort")
    @Parameter(description = "Default: relevance with q (ties by distance with a point, then name), distance with a point, "
            + "completeness then name otherwise")
    public StructureSort sort;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(PageQuery.MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("" + PageQuery.DEFAULT_SIZE)
    @Min(1)
    @Max(PageQuery.MAX_SIZE)
    public int size = PageQuery.DEFAULT_SIZE;

    @QueryParam("facets")
    @DefaultValue("true")
    @Schema(description = "false skips the facet counts (faster)", defaultValue = "true")
    public boolean facets = true;

    public boolean hasText() {
        return q != null && !q.isBlank();
    }

    public boolean hasPoint() {
        return lat != null && lon != null && radiusKm != null;
    }

    public StructureSort effectiveSort() {
        if (sort != null) {
            return sort;
        }
        if (hasText()) {
            return StructureSort.relevance;
        }
        return hasPoint() ? StructureSort.distance : StructureSort.completeness;
    }

    /** The same query, to be changed without changing this one (its lists are shared: replace them). */
    public StructureSearchQuery copy() {
        try {
            return (StructureSearchQuery) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
