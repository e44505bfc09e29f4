package fr.relanceiae.sourcing.solicitation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.relanceiae.shared.persistence.VersionedEntity;

/**
 * One structure asked to answer one published request, and its answer. A
 * facilitator's removal of an answered solicitation keeps it, marked removed.
 */
@Entity
@Table(name = "solicitation")
public class Solicitation extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(name = "structure_id", nullable = false)
    public UUID structureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SolicitationOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SolicitationStatus status = SolicitationStatus.SENT;

    /** The matching score when it was solicited (null when it did not match). */
    public Integer score;

    /** The matching reasons, in French, when it was solicited. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] reasons = new String[0];

    @Column(name = "distance_km")
    public Double distanceKm;

    /** No user in its organisation and no contact e-mail: facilitators call it. */
    @Column(nullable = false)
    public boolean unreachable;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(name = "first_viewed_at")
    public Instant firstViewedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public String message;

    /** Euros. */
    @Column(name = "quote_amount")
    public BigDecimal quoteAmount;

    /** What the structure can take on per month, in its own words. */
    @Column(name = "monthly_capacity")
    public String monthlyCapacity;

    /** Structures it would answer with (co-contracting). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_structure_ids", columnDefinition = "uuid[]", nullable = false)
    public UUID[] partnerStructureIds = new UUID[0];

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "deadline_reminder_at")
    public Instant deadlineReminderAt;

    /** Until when its personal links work ({@link SolicitationLinks}): 7 days after the deadline. */
    @Column(name = "link_expires_at")
    public Instant linkExpiresAt;

    /** When its answer was last in a digest to the buyer: due again once {@link #answeredAt} is later. */
    @Column(name = "answer_notified_at")
    public Instant answerNotifiedAt;

    public boolean answered() {
        return answeredAt != null;
    }

    public boolean removed() {
        return removedAt != null;
    }
}
