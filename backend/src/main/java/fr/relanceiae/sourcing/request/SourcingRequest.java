package fr.relanceiae.sourcing.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.relanceiae.sourcing.SourcingChannel;
import fr.relanceiae.sourcing.SourcingOutcome;
import fr.relanceiae.sourcing.SourcingStatus;
import fr.relanceiae.shared.persistence.VersionedEntity;

/**
 * A buyer's need sent to the structures that can answer it. Its place is either
 * a list of departments or a point with a radius (never both). Attachments live
 * in {@link SourcingAttachment}; solicitations in
 * {@link fr.relanceiae.sourcing.solicitation.Solicitation}.
 */
@Entity
@Table(name = "sourcing_request")
public class SourcingRequest extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourcingChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourcingStatus status = SourcingStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    public SourcingOutcome outcome;

    @Column(name = "ongoing_contract_id")
    public UUID ongoingContractId;

    @Column(name = "buyer_organisation_id", nullable = false)
    public UUID buyerOrganisationId;

    /** The person who created it; null when a partner client did. */
    @Column(name = "author_user_id")
    public UUID authorUserId;

    /** The partner client that created it; null when a person did. */
    @Column(name = "author_client_id")
    public String authorClientId;

    /** Sector slugs as given (a group slug means all its sectors). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] sectors = new String[0];

    /** Names of {@link fr.relanceiae.reference.PrestaType}; empty means any. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "presta_types", columnDefinition = "text[]", nullable = false)
    public String[] prestaTypes = new String[0];

    /** Names of {@link fr.relanceiae.reference.StructureKind}; empty means all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] kinds = new String[0];

    /** Department codes, when the place is a list of departments. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] departments = new String[0];

    /** The point, when the place is a point with a radius. */
    public Double latitude;
    public Double longitude;

    @Column(name = "radius_km")
    public Integer radiusKm;

    @Column(name = "place_label")
    public String placeLabel;

    /** The point's department (derived from the nearest commune when not given). */
    @Column(name = "place_department")
    public String placeDepartment;

    @Column(name = "include_nationwide", nullable = false)
    public boolean includeNationwide;

    @Column(name = "amount_min")
    public BigDecimal amountMin;

    @Column(name = "amount_max")
    public BigDecimal amountMax;

    /** Answers are accepted until 23:59:59 Paris time that day. */
    @Column(name = "response_deadline")
    public LocalDate responseDeadline;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "social_clause", nullable = false)
    public boolean socialClause;

    @Column(name = "max_solicitations")
    public Integer maxSolicitations;

    /** Solicited on publishing whether or not matching picks them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_structure_ids", columnDefinition = "uuid[]", nullable = false)
    public UUID[] targetStructureIds = new UUID[0];

    /** Never solicited. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "excluded_structure_ids", columnDefinition = "uuid[]", nullable = false)
    public UUID[] excludedStructureIds = new UUID[0];

    /** Why a facilitator sent it back to draft (the last time). */
    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "outcome_reminder_at")
    public Instant outcomeReminderAt;

    /** Who won and for how much, when {@link SourcingOutcome#AWARDED}. */
    @ElementCollection
    @CollectionTable(name = "sourcing_award", joinColumns = @JoinColumn(name = "request_id"))
    public List<Award> awards = new ArrayList<>();

    public boolean isPointPlace() {
        return latitude != null && longitude != null;
    }

    /** One structure's share of an awarded request. */
    @Embeddable
    public static class Award {
        @Column(name = "structure_id", nullable = false)
        public UUID structureId;

        /** Euros. */
        @Column(nullable = false)
        public BigDecimal amount;

        public Award() {
        }

        public Award(UUID structureId, BigDecimal amount) {
            this.structureId = structureId;
            this.amount = amount;
        }
    }
}
