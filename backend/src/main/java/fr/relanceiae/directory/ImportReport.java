package fr.relanceiae.directory;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did, row by row where something went wrong. */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true) int rejected,
        @Schema(required = true) List<RejectedRow> rejectedRows,
        @Schema(required = true) List<ImportWarning> warnings) {

    @Schema(name = "ImportRejectedRow", description = "A row left out: nothing of it was written")
    public record RejectedRow(@Schema(required = true, description = "Line in the file (the header is line 1)") int line,
            String siret, @Schema(required = true) List<String> reasons) {
    }

    @Schema(name = "ImportWarning", description = "A value left out of a row that was written")
    public record ImportWarning(@Schema(required = true) int line, String siret, @Schema(required = true) String message) {
    }
}
