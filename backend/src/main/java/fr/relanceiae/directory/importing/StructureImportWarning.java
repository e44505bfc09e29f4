package fr.relanceiae.directory.importing;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A value left out of a line that an import wrote; {@code position} orders a job's warnings. */
@Entity
@Table(name = "structure_import_warning")
@IdClass(StructureImportWarning.Key.class)
public class StructureImportWarning extends PanacheEntityBase {

    /** The primary key (the job, the position). */
    public static class Key implements Serializable {
        public UUID importId;
        public int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(importId, key.importId) && position == key.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, position);
        }
    }

    @Id
    @Column(name = "import_id")
    public UUID importId;

    @Id
    public int position;

    public int line;

    public String siret;

    @Column(nullable = false)
    public String message;
}
