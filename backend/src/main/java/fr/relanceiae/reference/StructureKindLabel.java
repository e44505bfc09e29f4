package fr.relanceiae.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The label and description of a {@link StructureKind}: the table is their source. */
@Entity
@Table(name = "structure_kind")
public class StructureKindLabel extends PanacheEntityBase {

    @Id
    public String code;

    public String label;

    public String description;

    public int position;
}
