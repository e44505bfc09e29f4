package fr.relanceiae.barometer.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.reference.StructureKind;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Structures made through the API and survey answers written straight into {@code activity_survey}
 * (the survey's own API is another package's): what the dashboard reads. Each test takes weeks of
 * its own, far in the past, so that its cells hold its answers only.
 */
final class SurveyFixtures {

    private SurveyFixtures() {
    }

    /** A structure of this department (null: none on its profile) and kind, named {@code name}. */
    static UUID structure(String name, String department, StructureKind kind) {
        Map<String, Object> profile = DirectoryFixtures.profile(name);
        profile.put("kind", kind.name());
        profile.remove("postCode");
        if (department != null) {
            profile.put("department", department);
        }
        return DirectoryFixtures.create(profile);
    }

    /** The figures of one answer; the defaults are plain, a test sets what it checks. */
    record Answer(int activity, int loss, int employees, int working, int shortTime, int followed, int inPerson,
            int byPhone, int byVideo, List<String> obstacles, List<String> needs) {

        static Answer of(int activity, int loss) {
            return new Answer(activity, loss, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());
        }

        Answer insertion(int employees, int working, int shortTime) {
            return new Answer(activity, loss, employees, working, shortTime, followed, inPerson, byPhone, byVideo,
                    obstacles, needs);
        }

        Answer support(int followed, int inPerson, int byPhone, int byVideo, String... obstacles) {
            return new Answer(activity, loss, employees, working, shortTime, followed, inPerson, byPhone, byVideo,
                    List.of(obstacles), needs);
        }

        Answer needs(String... needs) {
            return new Answer(activity, loss, employees, working, shortTime, followed, inPerson, byPhone, byVideo,
                    obstacles, List.of(needs));
        }
    }

    /**
     * The answer in force of a structure for a week, counted under this department and kind (those of
     * the structure when it answered); answers its id.
     */
    static UUID answer(UUID structureId, String week, String department, StructureKind kind, Answer answer) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                INSERT INTO activity_survey (id, structure_id, week, week_start, department, kind, activity_level_pct,
                    revenue_loss_pct, insertion_employees, insertion_working, insertion_short_time, people_followed,
                    followed_in_person, followed_by_phone, followed_by_video, obstacles, needs, needs_text, version,
                    entered_via, created_at, updated_at)
                VALUES (?1, ?2, ?3, ?4, cast(?5 AS varchar), ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                    string_to_array(?16, ','), string_to_array(?17, ','), cast(?18 AS varchar), 1, 'STRUCTURE', ?19, ?19)""")
                .setParameter(1, id).setParameter(2, structureId).setParameter(3, week)
                .setParameter(4, IsoWeek.parse(week).monday()).setParameter(5, department)
                .setParameter(6, kind.name()).setParameter(7, answer.activity()).setParameter(8, answer.loss())
                .setParameter(9, answer.employees()).setParameter(10, answer.working())
                .setParameter(11, answer.shortTime()).setParameter(12, answer.followed())
                .setParameter(13, answer.inPerson()).setParameter(14, answer.byPhone())
                .setParameter(15, answer.byVideo()).setParameter(16, String.join(",", answer.obstacles()))
                .setParameter(17, String.join(",", answer.needs()))
                .setParameter(18, answer.needs().isEmpty() ? null : "Besoin déclaré pour le test")
                .setParameter(19, Instant.now()).executeUpdate());
        recordVersion(id);
        return id;
    }

    /** A structure, and its answer for a week under its own department and kind. */
    static UUID answered(String name, String department, StructureKind kind, String week, Answer answer) {
        UUID structureId = structure(name, department, kind);
        answer(structureId, week, department, kind, answer);
        return structureId;
    }

    /** A second answer of the same structure and week replaces the figures (as the survey's API does). */
    static void replace(UUID surveyId, int activity, int loss) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery(
                "UPDATE activity_survey SET activity_level_pct = ?1, revenue_loss_pct = ?2, version = version + 1,"
                        + " updated_at = ?3 WHERE id = ?4").setParameter(1, activity).setParameter(2, loss)
                .setParameter(3, Instant.now()).setParameter(4, surveyId).executeUpdate());
        recordVersion(surveyId);
    }

    /** The answer in force as its history's last version, as every answer written by the API has it. */
    static void recordVersion(UUID surveyId) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                INSERT INTO activity_survey_version (survey_id, version, answers, entered_via, entered_at)
                SELECT id, version, '{}'::jsonb, entered_via, updated_at FROM activity_survey WHERE id = ?1""").setParameter(1, surveyId).executeUpdate());
    }

    static void mailed(UUID structureId, String week, String mail) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery(
                "INSERT INTO survey_mailing (structure_id, week, mail, sent_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, structureId).setParameter(2, week).setParameter(3, mail)
                .setParameter(4, Instant.now()).executeUpdate());
    }

    static void deactivate(UUID structureId) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery(
                "UPDATE structure SET active = false WHERE id = ?1").setParameter(1, structureId).executeUpdate());
    }

    /** The active structures of a department now (null: those without one), as the response rate counts them. */
    static int activeStructures(String department) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em().createNativeQuery(
                "SELECT count(*) FROM structure WHERE active AND department IS NOT DISTINCT FROM cast(?1 AS varchar)")
                .setParameter(1, department).getSingleResult()).intValue());
    }

    static int activeStructures() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em().createNativeQuery(
                "SELECT count(*) FROM structure WHERE active").getSingleResult()).intValue());
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
