package fr.relanceiae.directory.importing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A CSV import job; its state lives in the database so that any replica can report it, and
 * any replica's worker can run it. Its file ({@link StructureImportFile}) waits beside it.
 */
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

    @Column(name = "created_count", nullable = false)
    public int created;

    @Column(name = "updated_count", nullable = false)
    public int updated;

    @Column(name = "unchanged_count", nullable = false)
    public int unchanged;

    @Column(name = "rejected_count", nullable = false)
    public int rejected;

    @Column(name = "warning_count", nullable = false)
    public int warnings;

    /** The file's header line as rejected.csv writes it back (see {@link StructureImportRejection}). */
    @Column(name = "header_csv")
    public byte[] headerCsv;

    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "heartbeat_at", nullable = false)
    public Instant heartbeatAt;
}
