package fr.relanceiae.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A sector of activity, identified by its stable slug (e.g. "genie-ecologique"). */
@Entity
@Table(name = "sector")
public class Sector extends PanacheEntityBase {

    @Id
    public String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_slug")
    public SectorGroup group;

    public String name;

    public int position;
}
