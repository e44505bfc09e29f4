package fr.relanceiae.reference;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A group of the sector taxonomy, e.g. "Espaces verts & extérieurs". */
@Entity
@Table(name = "sector_group")
public class SectorGroup extends PanacheEntityBase {

    @Id
    public String slug;

    public String name;

    public int position;

    @OneToMany(mappedBy = "group")
    @OrderBy("position")
    public List<Sector> sectors = new ArrayList<>();
}
