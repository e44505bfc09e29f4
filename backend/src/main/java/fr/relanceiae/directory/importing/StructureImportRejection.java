package fr.relanceiae.directory.importing;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A line of an import that was left out, and the line itself, for rejected.csv. */
@Entity
@Table(name = "structure_import_rejection")
@IdClass(StructureImportRejection.Key.class)
public class StructureImportRejection extends PanacheEntityBase {

    /** The primary key (the job, the line). */
    public static class Key implements Serializable {
        public UUID importId;
        public int line;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(importId, key.importId) && line == key.line;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, line);
        }
    }

    @Id
    @Column(name = "import_id")
    public UUID importId;

    @Id
    public int line;

    public String siret;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] reasons;

    /**
     * The line's cells as they were in the file, in CSV (UTF-8, {@code ;}): bytes rather than text,
     * because a cell may hold the NUL it was rejected for, which PostgreSQL's text refuses.
     */
    @Column(name = "original_csv", nullable = false)
    public byte[] originalCsv;
}
