package fr.relanceiae.barometer.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.shared.persistence.NativeValues;

/**
 * Writes the answers: the one in force of a structure's week in one upsert (so two answers sent at
 * once for the same week both land, the later replacing the earlier, instead of one failing on the
 * unique key), and every answer in the history under the version it got.
 */
@ApplicationScoped
public class SurveyAnswerStore {

    /** The answer in force after a write: its id, its version, and whether it is the week's first. */
    public record Stored(UUID id, int version) {
        public boolean created() {
            return version == 1;
        }
    }

    /** One answer of the history, as stored. */
    public record StoredVersion(int version, ActivitySurveyAnswers answers, EnteredVia enteredVia,
            UUID enteredByUserId, Instant enteredAt) {
    }

    private static final String UPSERT = """
            insert into activity_survey as s (id, structure_id, week, week_start, department, kind,
                activity_level_pct, revenue_loss_pct, insertion_employees, insertion_working, insertion_short_time,
                people_followed, followed_in_person, followed_by_phone, followed_by_video, obstacles, needs, needs_text,
                version, entered_by_user_id, entered_via, created_at, updated_at)
            values (:id, :structure, :week, :weekStart, :department, :kind,
                :activity, :loss, :employees, :working, :shortTime,
                :followed, :inPerson, :byPhone, :byVideo, cast(:obstacles as varchar(20)[]), cast(:needs as varchar(20)[]),
                :needsText, 1, :user, :via, :now, :now)
            on conflict (structure_id, week) do update set department = excluded.department, kind = excluded.kind,
                activity_level_pct = excluded.activity_level_pct, revenue_loss_pct = excluded.revenue_loss_pct,
                insertion_employees = excluded.insertion_employees, insertion_working = excluded.insertion_working,
                insertion_short_time = excluded.insertion_short_time, people_followed = excluded.people_followed,
                followed_in_person = excluded.followed_in_person, followed_by_phone = excluded.followed_by_phone,
                followed_by_video = excluded.followed_by_video, obstacles = excluded.obstacles, needs = excluded.needs,
                needs_text = excluded.needs_text, version = s.version + 1,
                entered_by_user_id = excluded.entered_by_user_id, entered_via = excluded.entered_via,
                updated_at = excluded.updated_at
            returning s.id, s.version
            """;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public SurveyAnswerStore(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /** Stores normalized answers as the structure's answer in force for that week, and in its history. */
    public Stored store(Structure structure, IsoWeek week, ActivitySurveyAnswers answers, UUID userId,
            EnteredVia via, Instant now) {
        Object[] row = (Object[]) entityManager.createNativeQuery(UPSERT, Object[].class)
                .setParameter("id", UUID.randomUUID()).setParameter("structure", structure.id)
                .setParameter("week", week.toString()).setParameter("weekStart", week.monday())
                .setParameter("department", structure.department).setParameter("kind", structure.kind.name())
                .setParameter("activity", answers.activityLevelPct()).setParameter("loss", answers.revenueLossPct())
                .setParameter("employees", answers.insertionEmployees())
                .setParameter("working", answers.insertionWorking())
                .setParameter("shortTime", answers.insertionShortTime())
                .setParameter("followed", answers.peopleFollowed())
                .setParameter("inPerson", answers.followedInPerson())
                .setParameter("byPhone", answers.followedByPhone())
                .setParameter("byVideo", answers.followedByVideo())
                .setParameter("obstacles", SurveyLinks.arrayLiteral(answers.obstacles().stream().map(Enum::name).toList()))
                .setParameter("needs", SurveyLinks.arrayLiteral(answers.needs().stream().map(Enum::name).toList()))
                .setParameter("needsText", answers.needsText()).setParameter("user", userId)
                .setParameter("via", via.name()).setParameter("now", now)
                .getSingleResult();
        Stored stored = new Stored((UUID) row[0], ((Number) row[1]).intValue());
        entityManager.createNativeQuery("insert into activity_survey_version "
                + "(survey_id, version, answers, entered_by_user_id, entered_via, entered_at) "
                + "values (:survey, :version, cast(:answers as jsonb), :user, :via, :now)")
                .setParameter("survey", stored.id()).setParameter("version", stored.version())
                .setParameter("answers", json(answers)).setParameter("user", userId)
                .setParameter("via", via.name()).setParameter("now", now).executeUpdate();
        return stored;
    }

    /** Every answer of a survey, newest first. */
    public List<StoredVersion> history(UUID surveyId) {
        List<Object[]> rows = entityManager.createNativeQuery("select version, cast(answers as text), entered_via, "
                + "entered_by_user_id, entered_at from activity_survey_version where survey_id = :survey "
                + "order by version desc", Object[].class).setParameter("survey", surveyId).getResultList();
        return rows.stream().map(row -> new StoredVersion(((Number) row[0]).intValue(), parse((String) row[1]),
                EnteredVia.valueOf((String) row[2]), (UUID) row[3], NativeValues.instant(row[4]))).toList();
    }

    String json(ActivitySurveyAnswers answers) {
        try {
            return objectMapper.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ActivitySurveyAnswers parse(String json) {
        try {
            return objectMapper.readValue(json, ActivitySurveyAnswers.class).normalized();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored survey answers", e);
        }
    }
}
