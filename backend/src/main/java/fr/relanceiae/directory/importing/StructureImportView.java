package fr.relanceiae.directory.importing;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "StructureImportView")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StructureImportView(
        @Schema(required = true) UUID id,
        @Schema(required = true) ImportStatus status,
        @Schema(required = true, description = "Data rows of the file, once read") int totalRows,
        @Schema(required = true) int processedRows,
        @Schema(description = "When DONE") ImportReport report,
        @Schema(description = "When FAILED") String error,
        @Schema(required = true) Instant createdAt,
        Instant finishedAt) {

    static StructureImportView of(StructureImport job, ImportReport report) {
        return new StructureImportView(job.id, job.status, job.totalRows, job.processedRows, report, job.error,
                job.createdAt, job.finishedAt);
    }
}
