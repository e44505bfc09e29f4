package fr.relanceiae.barometer.survey;

import java.time.Instant;
import java.time.LocalDate;
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

import fr.relanceiae.account.AppUser;
import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.indicators.Obstacle;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.reference.StructureKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The answer in force of a structure for an ISO week (V27). Written by {@link SurveyAnswerStore}
 * in one upsert (two answers at once for the same week both land, one after the other); read here.
 */
@Entity
@Table(name = "activity_survey")
public class ActivitySurvey extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "structure_id", nullable = false, updatable = false)
    public Structure structure;

    @Column(nullable = false)
    public String week;

    @Column(name = "week_start", nullable = false)
    public LocalDate weekStart;

    /** The structure's when it answered. */
    public String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StructureKind kind;

    @Column(name = "activity_level_pct", nullable = false)
    public short activityLevelPct;

    @Column(name = "revenue_loss_pct", nullable = false)
    public short revenueLossPct;

    @Column(name = "insertion_employees", nullable = false)
    public int insertionEmployees;

    @Column(name = "insertion_working", nullable = false)
    public int insertionWorking;

    @Column(name = "insertion_short_time", nullable = false)
    public int insertionShortTime;

    @Column(name = "people_followed", nullable = false)
    public int peopleFollowed;

    @Column(name = "followed_in_person", nullable = false)
    public int followedInPerson;

    @Column(name = "followed_by_phone", nullable = false)
    public int followedByPhone;

    @Column(name = "followed_by_video", nullable = false)
    public int followedByVideo;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(20)[]", nullable = false)
    public String[] obstacles = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(20)[]", nullable = false)
    public String[] needs = new String[0];

    @Column(name = "needs_text")
    public String needsText;

    /** The number of the answer in force in the history: 1, then +1 at each replacement. */
    @Column(nullable = false)
    public int version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entered_by_user_id")
    public AppUser enteredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "entered_via", nullable = false)
    public EnteredVia enteredVia;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public ActivitySurveyAnswers answers() {
        return new ActivitySurveyAnswers((int) activityLevelPct, (int) revenueLossPct, insertionEmployees,
                insertionWorking, insertionShortTime, peopleFollowed, followedInPerson, followedByPhone,
                followedByVideo, Arrays.stream(obstacles).map(Obstacle::valueOf).toList(),
                Arrays.stream(needs).map(Need::valueOf).toList(), needsText);
    }
}
