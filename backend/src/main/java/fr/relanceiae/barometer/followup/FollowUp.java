package fr.relanceiae.barometer.followup;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.survey.ActivitySurvey;
import fr.relanceiae.directory.profile.Structure;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A need declared in a survey, for the facilitators (V27). Opened by {@link FollowUpRouting} in
 * SQL (one open per structure and need); changed here by the facilitators.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "structure_id", nullable = false, updatable = false)
    public Structure structure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false, updatable = false)
    public ActivitySurvey survey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Need need;

    @Column(name = "needs_text", updatable = false)
    public String needsText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_user_id")
    public AppUser assignee;

    public String note;

    /** Set by the financing side for a FINANCING need. */
    @Column(name = "diagnostic_id", insertable = false, updatable = false)
    public UUID diagnosticId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Optimistic locking (ETag, If-Match); an int as in V27. */
    @Version
    @Column(nullable = false)
    public int version;

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
