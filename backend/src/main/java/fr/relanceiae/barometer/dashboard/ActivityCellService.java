package fr.relanceiae.barometer.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityCellSurvey;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityCellSurveyPage;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.NonRespondent;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.NonRespondentPage;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.indicators.Obstacle;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.persistence.NativeValues;

/**
 * The facilitators' drill-downs of one cell of the indicators: the answers counted in it (with the
 * structures' names), and the active structures of the department and kind that did not answer.
 * The cell's department and kind are those of the answers for the first (as the indicators count
 * them), the structures' current ones for the second (who to call now).
 */
@ApplicationScoped
public class ActivityCellService {

    private static final String SURVEY_COLUMNS = "a.id, a.structure_id, s.name, a.week, a.department, a.kind,"
            + " a.activity_level_pct, a.revenue_loss_pct, a.insertion_employees, a.insertion_working,"
            + " a.insertion_short_time, a.people_followed, a.followed_in_person, a.followed_by_phone,"
            + " a.followed_by_video, array_to_string(a.obstacles, ','), array_to_string(a.needs, ','),"
            + " a.needs_text, a.entered_via, a.updated_at";
    private static final String NON_RESPONDENT_COLUMNS = "s.id, s.name, s.department, s.kind, s.email, s.phone,"
            + " s.contact_name,"
            + " (SELECT max(p.week_start) FROM activity_survey p WHERE p.structure_id = s.id AND p.week_start < :monday),"
            + " EXISTS (SELECT 1 FROM survey_mailing m WHERE m.structure_id = s.id AND m.week = :week"
            + " AND m.mail = 'INVITATION'),"
            + " EXISTS (SELECT 1 FROM survey_mailing m WHERE m.structure_id = s.id AND m.week = :week"
            + " AND m.mail = 'REMINDER')";

    private final EntityManager entityManager;
    private final ActivityIndicatorService indicators;

    public ActivityCellService(EntityManager entityManager, ActivityIndicatorService indicators) {
        this.entityManager = entityManager;
        this.indicators = indicators;
    }

    /** The answers of the cell, by structure name. */
    public ActivityCellSurveyPage surveys(ActivityCellQuery query) {
        IsoWeek week = ActivityPeriod.week("week", query.week);
        String department = indicators.department(query.department);
        String where = " FROM activity_survey a JOIN structure s ON s.id = a.structure_id WHERE a.week = :week"
                + filters("a", department, query.kind);
        List<ActivityCellSurvey> items = new ArrayList<>();
        for (Object row : bind(entityManager.createNativeQuery("SELECT " + SURVEY_COLUMNS + where
                + " ORDER BY s.sort_name, s.id"), week, department, query.kind)
                .setFirstResult(query.page * query.size).setMaxResults(query.size).getResultList()) {
            items.add(survey((Object[]) row));
        }
        long total = count(where, week, department, query.kind);
        return new ActivityCellSurveyPage(items, query.page, query.size, total);
    }

    /** The active structures of the department and kind without an answer that week, by name. */
    public NonRespondentPage nonRespondents(ActivityCellQuery query) {
        IsoWeek week = ActivityPeriod.week("week", query.week);
        String department = indicators.department(query.department);
        String where = " FROM structure s WHERE s.active AND NOT EXISTS (SELECT 1 FROM activity_survey a"
                + " WHERE a.structure_id = s.id AND a.week = :week)" + filters("s", department, query.kind);
        Query select = bind(entityManager.createNativeQuery("SELECT " + NON_RESPONDENT_COLUMNS + where
                + " ORDER BY s.sort_name, s.id"), week, department, query.kind)
                .setParameter("monday", week.monday());
        List<NonRespondent> items = new ArrayList<>();
        for (Object row : select.setFirstResult(query.page * query.size).setMaxResults(query.size).getResultList()) {
            items.add(nonRespondent((Object[]) row));
        }
        long total = count(where, week, department, query.kind);
        return new NonRespondentPage(items, query.page, query.size, total);
    }

    private static String filters(String alias, String department, StructureKind kind) {
        String sql = "";
        if (DashboardCells.WITHOUT_DEPARTMENT.equals(department)) {
            sql += " AND " + alias + ".department IS NULL";
        } else if (department != null) {
            sql += " AND " + alias + ".department = :department";
        }
        return kind == null ? sql : sql + " AND " + alias + ".kind = :kind";
    }

    private static Query bind(Query query, IsoWeek week, String department, StructureKind kind) {
        query.setParameter("week", week.toString());
        if (department != null && !DashboardCells.WITHOUT_DEPARTMENT.equals(department)) {
            query.setParameter("department", department);
        }
        if (kind != null) {
            query.setParameter("kind", kind.name());
        }
        return query;
    }

    private long count(String where, IsoWeek week, String department, StructureKind kind) {
        return ((Number) bind(entityManager.createNativeQuery("SELECT count(*)" + where), week, department, kind)
                .getSingleResult()).longValue();
    }

    private static ActivityCellSurvey survey(Object[] row) {
        return new ActivityCellSurvey((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (String) row[4],
                StructureKind.valueOf((String) row[5]), integer(row[6]), integer(row[7]), integer(row[8]),
                integer(row[9]), integer(row[10]), integer(row[11]), integer(row[12]), integer(row[13]),
                integer(row[14]), SurveyCodes.known(split((String) row[15]), Obstacle.class),
                SurveyCodes.known(split((String) row[16]), Need.class),
                (String) row[17], (String) row[18], NativeValues.instant(row[19]));
    }

    private static NonRespondent nonRespondent(Object[] row) {
        LocalDate lastMonday = row[7] == null ? null
                : row[7] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[7];
        return new NonRespondent((UUID) row[0], (String) row[1], (String) row[2], StructureKind.valueOf((String) row[3]),
                (String) row[4], (String) row[5], (String) row[6],
                lastMonday == null ? null : IsoWeek.containing(lastMonday).toString(), (Boolean) row[8],
                (Boolean) row[9]);
    }

    private static int integer(Object value) {
        return ((Number) value).intValue();
    }

    private static String[] split(String joined) {
        return joined == null || joined.isEmpty() ? null : joined.split(",");
    }
}
