package fr.relanceiae.shared.paging;

import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The query parameters of a paged list: {@code page} (0 to 10,000), {@code size}
 * (1 to 100) and a text filter {@code q}.
 */
public class PageQuery {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Page × size stays far below the int offsets: 10,000 pages of 100 are a million items. */
    public static final int MAX_PAGE = 10_000;
    public static final int MAX_TEXT_LENGTH = 200;

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

    @QueryParam("q")
    @Size(max = MAX_TEXT_LENGTH)
    @Schema(description = "Text filter (case-insensitive substring)")
    public String q;

    public PageQuery() {
    }

    public PageQuery(int page, int size, String q) {
        this.page = page;
        this.size = size;
        this.q = q;
    }

    public boolean hasText() {
        return q != null && !q.isBlank();
    }

    /** {@code q} as a LIKE pattern on lower-cased text, with LIKE's wildcards taken literally. */
    public String containsPattern() {
        String escaped = q.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
