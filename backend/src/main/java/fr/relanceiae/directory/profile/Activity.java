package fr.relanceiae.directory.profile;

import java.util.Arrays;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.shared.persistence.VersionedEntity;

/** What a structure does (one sector, kinds of service) and where ({@link GeoRange}). */
@Entity
@Table(name = "structure_activity")
public class Activity extends VersionedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "structure_id", nullable = false)
    public Structure structure;

    @Column(name = "sector_slug", nullable = false)
    public String sector;

    /** Names of {@link fr.relanceiae.reference.PrestaType}, sorted. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "presta_types", columnDefinition = "text[]", nullable = false)
    public String[] prestaTypes;

    @Enumerated(EnumType.STRING)
    @Column(name = "geo_range", nullable = false)
    public GeoRange geoRange;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "geo_departments", columnDefinition = "text[]", nullable = false)
    public String[] geoDepartments = new String[0];

    @Column(name = "geo_radius_km")
    public Integer geoRadiusKm;

    /** Writes an activity checked by {@link ActivityRules}. */
    public void apply(ActivityInput in) {
        sector = in.sector();
        prestaTypes = in.prestaTypes().stream().map(PrestaType::name).toArray(String[]::new);
        geoRange = in.geoRange();
        geoDepartments = in.geoDepartments().toArray(String[]::new);
        geoRadiusKm = in.geoRadiusKm();
    }

    /** This activity as a checked input (sorted lists), to compare with one. */
    public ActivityInput toInput() {
        return new ActivityInput(sector, Arrays.stream(prestaTypes).map(PrestaType::valueOf).sorted().toList(),
                geoRange, Arrays.stream(geoDepartments).sorted().toList(), geoRadiusKm);
    }
}
