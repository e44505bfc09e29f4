package fr.relanceiae.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A CSV import job; its state lives in the database so that any replica can report it. */
@Entity
@Table(name = "structure_import")
public class StructureImport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "processed_rows", nullable = false)
    public int processedRows;

    /** The {@link ImportReport} as JSON (mapped by hand: the ORM's JSON mapping would need global settings). */
    @Column(name = "report", columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    String reportJson;

    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "heartbeat_at", nullable = false)
    public Instant heartbeatAt;

    private static final ObjectMapper JSON = new ObjectMapper();

    public ImportReport report() {
        try {
            return reportJson == null ? null : JSON.readValue(reportJson, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable report of import " + id, e);
        }
    }

    public void setReport(ImportReport report) {
        try {
            reportJson = JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
