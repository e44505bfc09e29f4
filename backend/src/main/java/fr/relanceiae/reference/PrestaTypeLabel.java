package fr.relanceiae.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The label of a {@link PrestaType}: the table is its source. */
@Entity
@Table(name = "presta_type")
public class PrestaTypeLabel extends PanacheEntityBase {

    @Id
    public String code;

    public String label;

    public int position;
}
