package fr.relanceiae.sourcing.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.relanceiae.shared.persistence.VersionedEntity;

/** A public contract held by a company, whose holder the network asks to subcontract part to structures. */
@Entity
@Table(name = "ongoing_contract")
public class OngoingContract extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "buyer_organisation_id", nullable = false)
    public UUID buyerOrganisationId;

    @Column(nullable = false)
    public String title;

    @Column(name = "holder_name", nullable = false)
    public String holderName;

    @Column(name = "holder_siret")
    public String holderSiret;

    @Column(name = "holder_contact_name")
    public String holderContactName;

    @Column(name = "holder_contact_email")
    public String holderContactEmail;

    @Column(name = "holder_contact_phone")
    public String holderContactPhone;

    /** Euros. */
    public BigDecimal amount;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** Sector slugs. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] sectors = new String[0];
}
