package fr.relanceiae.directory.profile;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.shared.persistence.VersionedEntity;

/** An item of a structure's catalogue. */
@Entity
@Table(name = "offer")
public class Offer extends VersionedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "structure_id", nullable = false)
    public Structure structure;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "sector_slug", nullable = false)
    public String sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "presta_type", nullable = false)
    public PrestaType prestaType;

    public String unit;

    @Column(name = "price_min")
    public BigDecimal priceMin;

    @Column(name = "price_max")
    public BigDecimal priceMax;

    @Column(name = "monthly_capacity")
    public Integer monthlyCapacity;

    /** Writes an item checked by {@link OfferRules}. */
    void apply(OfferInput in) {
        title = in.title();
        description = in.description();
        sector = in.sector();
        prestaType = in.prestaType();
        unit = in.unit();
        priceMin = in.priceMin();
        priceMax = in.priceMax();
        monthlyCapacity = in.monthlyCapacity();
    }
}
