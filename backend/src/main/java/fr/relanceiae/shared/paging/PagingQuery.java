package fr.relanceiae.shared.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The query parameters of a paged list that has no text filter: {@code page} (0 to 10,000) and
 * {@code size} (1 to 100). A list that filters by text takes {@link PageQuery}, which adds {@code q}.
 */
public class PagingQuery {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Page × size stays far below the int offsets: 10,000 pages of 100 are a million items. */
    public static final int MAX_PAGE = 10_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Schema(description = "Page number, from 0", defaultValue = "0", minimum = "0", maximum = "" + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(1)
    @Max(MAX_SIZE)
    @Schema(description = "Items per page", defaultValue = "" + DEFAULT_SIZE, minimum = "1", maximum = "" + MAX_SIZE)
    public int size = DEFAULT_SIZE;

    public PagingQuery() {
    }

    public PagingQuery(int page, int size) {
        this.page = page;
        this.size = size;
    }
}
