package fr.relanceiae.directory.importing;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The file of an import job, from its upload until the job ends (a table of its own: jobs are read often). */
@Entity
@Table(name = "structure_import_file")
public class StructureImportFile extends PanacheEntityBase {

    @Id
    @Column(name = "import_id")
    public UUID importId;

    @Column(nullable = false)
    public byte[] content;
}
