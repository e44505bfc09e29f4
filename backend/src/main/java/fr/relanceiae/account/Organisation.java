package fr.relanceiae.account;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.relanceiae.shared.persistence.VersionedEntity;

@Entity
@Table(name = "organisation")
public class Organisation extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    @Column(nullable = false)
    public boolean active = true;

    /** False for an organisation created by a buyer's sign-up until a facilitator confirms it (or merges it). */
    @Column(nullable = false)
    public boolean verified = true;

    /** The SIRET given at sign-up, if any. */
    public String siret;

    public static Organisation create(String name, OrganisationKind kind, boolean active) {
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.name = name;
        organisation.kind = kind;
        organisation.active = active;
        return organisation;
    }
}
