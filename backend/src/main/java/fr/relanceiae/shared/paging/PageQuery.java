package fr.relanceiae.shared.paging;

import java.util.Locale;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The query parameters of a paged list with a text filter: {@code page} and {@code size} (as
 * {@link PagingQuery}) and {@code q}.
 */
public class PageQuery extends PagingQuery {

    public static final int MAX_TEXT_LENGTH = 200;

    @QueryParam("q")
    @Size(max = MAX_TEXT_LENGTH)
    @Schema(description = "Text filter (case-insensitive substring)")
    public String q;

    public PageQuery() {
    }

    public PageQuery(int page, int size, String q) {
        super(page, size);
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
