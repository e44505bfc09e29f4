package fr.relanceiae.directory.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A client a structure has worked for, shown on its profile. */
@Embeddable
public class ClientReference {

    @Column(nullable = false)
    public String name;

    public String description;

    public ClientReference() {
    }

    public ClientReference(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
