package fr.relanceiae.directory.importing;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did: counts, and the first {@value StructureImportService#REPORT_ROWS} rejected rows
 * and warnings; all of them are in rejected.csv and warnings.csv.
 */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true, description = "Rejected rows, all of them") int rejected,
        @Schema(required = true, description = "Warnings, all of them") int warningCount,
        @Schema(required = true, description = "The first " + StructureImportService.REPORT_ROWS
                + " rejected rows, by line; all of them: GET …/rejected.csv") List<RejectedRow> rejectedRows,
        @Schema(required = true, description = "The first " + StructureImportService.REPORT_ROWS
                + " warnings, by line; all of them: GET …/warnings.csv") List<ImportWarning> warnings) {

    @Schema(name = "ImportRejectedRow", description = "A row left out: nothing of it was written")
    public record RejectedRow(@Schema(required = true, description = "Line in the file (the header is line 1)") int line,
            String siret, @Schema(required = true) List<String> reasons) {
    }

    @Schema(name = "ImportWarning", description = "A value left out of a row that was written")
    public record ImportWarning(@Schema(required = true) int line, String siret, @Schema(required = true) String message) {
    }
}
