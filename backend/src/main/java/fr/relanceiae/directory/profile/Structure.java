package fr.relanceiae.directory.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.relanceiae.account.Organisation;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.persistence.VersionedEntity;

/** An inclusion structure of the directory; deactivated, never deleted. Its profile is mapped by {@link StructureProfile}. */
@Entity
@Table(name = "structure")
public class Structure extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String siret;

    @Column(nullable = false)
    public String name;

    public String brand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StructureKind kind;

    @Column(name = "legal_form")
    public String legalForm;

    public String naf;
    public String address;

    @Column(name = "post_code")
    public String postCode;

    public String city;
    public String department;
    public Double latitude;
    public Double longitude;
    public String description;
    public String email;
    public String phone;

    @Column(name = "contact_name")
    public String contactName;

    public String website;

    @Column(name = "insertion_fte")
    public BigDecimal insertionFte;

    @Column(name = "permanent_headcount")
    public Integer permanentHeadcount;

    @Column(name = "annual_revenue")
    public Long annualRevenue;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] labels = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] networks = new String[0];

    @ElementCollection
    @CollectionTable(name = "client_reference", joinColumns = @JoinColumn(name = "structure_id"))
    @OrderColumn(name = "position")
    public List<ClientReference> clientReferences = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    public Organisation organisation;

    @Column(nullable = false)
    public boolean active = true;

    /** Computed by the database (a generated column); read back after each write by the service. */
    @Column(name = "completion_rate", insertable = false, updatable = false)
    public Integer completionRate;

    @OneToMany(mappedBy = "structure")
    @OrderBy("createdAt, id")
    public List<Activity> activities = new ArrayList<>();

    @OneToMany(mappedBy = "structure")
    @OrderBy("createdAt, id")
    public List<Offer> offers = new ArrayList<>();

    public static Optional<Structure> findBySiret(String siret) {
        return find("siret", siret).firstResultOptional();
    }
}
