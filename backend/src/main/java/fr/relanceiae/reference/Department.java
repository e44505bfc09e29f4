package fr.relanceiae.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A French department (or overseas collectivity, which has no region), by its INSEE code. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    /** The Île-de-France region, listed first among equally good commune matches. */
    public static final String ILE_DE_FRANCE = "11";

    @Id
    public String code;

    public String name;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "region_name")
    public String regionName;
}
