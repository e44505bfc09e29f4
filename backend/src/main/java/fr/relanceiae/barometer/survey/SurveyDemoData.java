package fr.relanceiae.barometer.survey;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.indicators.Obstacle;
import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.demo.DemoDataContributor;
import fr.relanceiae.demo.DirectoryDemoData;

/**
 * The barometer of the demo: eight weeks of answers for about three structures in four, and this
 * week's for a good part of them (not the demo structure, so that its user can answer), with
 * plausible figures (activity recovering or not, revenue loss, short-time work, people followed,
 * obstacles, needs in words) and the follow-ups of the needs of each structure's last answer, a
 * few already taken on by the demo facilitator. Seeded, so two demo databases look alike; written
 * in a handful of statements (arrays unnested), as the loader runs at startup. Idempotent: nothing
 * is added once any answer exists. No event is fired: the financing demo opens its own diagnostics.
 */
@ApplicationScoped
public class SurveyDemoData implements DemoDataContributor {

    static final int PAST_WEEKS = 8;
    private static final long SEED = 20261202L;

    private static final String INSERT = """
            insert into activity_survey (id, structure_id, week, week_start, department, kind, activity_level_pct,
                revenue_loss_pct, insertion_employees, insertion_working, insertion_short_time, people_followed,
                followed_in_person, followed_by_phone, followed_by_video, obstacles, needs, needs_text, version,
                entered_by_user_id, entered_via, created_at, updated_at)
            select a.id, a.structure_id, a.week, a.week_start, a.department, a.kind, a.activity, a.loss, a.employees,
                a.working, a.short_time, a.followed, a.in_person, a.by_phone, a.by_video,
                cast(a.obstacles as varchar(20)[]), cast(a.needs as varchar(20)[]), a.needs_text, 1, a.entered_by,
                a.entered_via, a.created_at, a.created_at
            from unnest(?::uuid[], ?::uuid[], ?::text[], ?::date[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[],
                        ?::int[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[],
                        ?::uuid[], ?::text[], ?::timestamptz[])
                as a(id, structure_id, week, week_start, department, kind, activity, loss, employees, working, short_time,
                     followed, in_person, by_phone, by_video, obstacles, needs, needs_text, entered_by, entered_via,
                     created_at)
            """;

    private static final String HISTORY = """
            insert into activity_survey_version (survey_id, version, answers, entered_by_user_id, entered_via, entered_at)
            select id, version, jsonb_build_object('activityLevelPct', activity_level_pct,
                'revenueLossPct', revenue_loss_pct, 'insertionEmployees', insertion_employees,
                'insertionWorking', insertion_working, 'insertionShortTime', insertion_short_time,
                'peopleFollowed', people_followed, 'followedInPerson', followed_in_person,
                'followedByPhone', followed_by_phone, 'followedByVideo', followed_by_video,
                'obstacles', to_jsonb(obstacles), 'needs', to_jsonb(needs), 'needsText', needs_text),
                entered_by_user_id, entered_via, created_at
            from activity_survey
            """;

    /** The needs of each structure's last answer, open; some taken on by the demo facilitator. */
    private static final String FOLLOW_UPS = """
            insert into follow_up (id, structure_id, survey_id, need, needs_text, status, assignee_user_id, note,
                                   created_at, updated_at, version)
            select gen_random_uuid(), last.structure_id, last.id, need.code, last.needs_text,
                   case when need.code = 'SUPPLIES' and cast(:facilitator as uuid) is not null then 'IN_PROGRESS' else 'OPEN' end,
                   case when need.code = 'SUPPLIES' then cast(:facilitator as uuid) end,
                   case when need.code = 'SUPPLIES' and cast(:facilitator as uuid) is not null
                        then 'Appel passé : commande de masques et de gel à préparer.' end,
                   last.created_at, last.created_at, 0
            from (select distinct on (structure_id) * from activity_survey order by structure_id, week_start desc) last
            cross join unnest(last.needs) as need(code)
            on conflict do nothing
            """;

    private static final Logger LOG = Logger.getLogger(SurveyDemoData.class);

    private final EntityManager entityManager;

    public SurveyDemoData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int order() {
        return 650;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void contribute() {
        // The loader runs every contributor in one transaction: thousands of managed entities. Flushed once here,
        // then no statement of this one dirty-checks them all again (as each query would by default).
        entityManager.flush();
        if (!sql("select 1 from activity_survey limit 1").getResultList().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        UUID siaeUser = userId(DemoAccounts.SIAE);
        UUID facilitator = userId(DemoAccounts.FACILITATOR);
        @SuppressWarnings("unchecked")
        List<Object[]> structures = sql("select id, department, kind, insertion_fte, siret from structure "
                + "where active order by siret").getResultList();
        Instant now = Instant.now();
        Rows rows = new Rows();
        Random random = new Random(SEED);
        // the weeks, oldest first, worked out once rather than for each structure
        IsoWeek current = IsoWeek.of(now);
        List<DemoWeek> weeks = new ArrayList<>();
        for (int back = PAST_WEEKS; back >= 0; back--) {
            IsoWeek week = current.plusWeeks(-back);
            weeks.add(new DemoWeek(back, week.toString(), java.sql.Date.valueOf(week.monday()), week.start()));
        }
        for (Object[] structure : structures) {
            boolean demo = DirectoryDemoData.DEMO_SIAE_SIRET.equals(structure[4]);
            if (!demo && random.nextInt(4) == 0) {
                continue; // a quarter never answer: the non-respondents of the dashboard
            }
            StructureAnswers answers = new StructureAnswers(random, (BigDecimal) structure[3]);
            for (DemoWeek week : weeks) {
                int back = week.back();
                boolean answered = demo ? back > 0 : random.nextInt(100) < (back == 0 ? 45 : 85);
                answers.nextWeek();
                if (!answered) {
                    continue;
                }
                Instant at = week.start().plusSeconds(86_400L + random.nextInt(3 * 86_400));
                EnteredVia via = demo ? EnteredVia.STRUCTURE
                        : random.nextInt(100) < 15 && facilitator != null ? EnteredVia.FACILITATOR : EnteredVia.LINK;
                rows.add((UUID) structure[0], week, (String) structure[1], (String) structure[2], answers,
                        via == EnteredVia.STRUCTURE ? siaeUser : via == EnteredVia.FACILITATOR ? facilitator : null,
                        via, at.isAfter(now) ? now : at);
            }
        }
        if (rows.ids.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(rows::insert);
        sql(HISTORY).executeUpdate();
        int followUps = sql(FOLLOW_UPS).setParameter("facilitator", facilitator).executeUpdate();
        LOG.infof("Demo barometer: %d answers of %d structures over %d weeks, %d follow-ups, in %d ms",
                rows.ids.size(), rows.structures.stream().distinct().count(), PAST_WEEKS + 1, followUps,
                (System.nanoTime() - started) / 1_000_000);
    }

    private Query sql(String sql) {
        return entityManager.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    private UUID userId(String email) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = sql("select id from app_user where email = :email").setParameter("email", email)
                .getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** A week of the demo: how many weeks back, its code, its Monday and its first instant. */
    private record DemoWeek(int back, String code, java.sql.Date monday, Instant start) {
    }

    /** One structure's answers week after week: a level of activity that drifts, and the rest that follows it. */
    private static final class StructureAnswers {

        private static final String[] NEED_TEXTS = {
            "Commande de masques et de gel pour les équipes de terrain.",
            "Nos chantiers de second œuvre sont à l'arrêt : nous cherchons de nouveaux clients.",
            "Trésorerie tendue d'ici la fin du trimestre, un prêt serait bienvenu.",
            "Deux encadrants techniques en arrêt maladie, besoin de renfort.",
            "Perte de notre principal client (restauration collective) : besoin de débouchés.",
            "Besoin d'aide pour monter un dossier de prêt garanti.",
        };

        private final Random random;
        private final double trend;
        private double activity;
        private int employees;
        int activityLevel;
        int loss;
        int working;
        int shortTime;
        int followed;
        int inPerson;
        int byPhone;
        int byVideo;
        List<String> obstacles;
        List<String> needs;
        String needsText;

        StructureAnswers(Random random, BigDecimal insertionFte) {
            this.random = random;
            this.activity = 35 + random.nextInt(60);
            this.trend = -1 + random.nextDouble() * 4;
            this.employees = insertionFte == null ? 5 + random.nextInt(30)
                    : Math.max(2, (int) Math.round(insertionFte.doubleValue() * 1.3));
        }

        void nextWeek() {
            activity = Math.max(5, Math.min(100, activity + trend + random.nextGaussian() * 4));
            activityLevel = roundTo5(activity);
            loss = clamp(roundTo5(100 - activity + random.nextGaussian() * 8), 0, 100);
            employees = Math.max(1, employees + random.nextInt(3) - 1);
            shortTime = loss >= 30 ? (int) Math.round(employees * loss / 100.0 * (0.3 + random.nextDouble() * 0.5))
                    : random.nextInt(10) < 2 ? 1 : 0;
            shortTime = Math.min(shortTime, employees);
            working = Math.min(employees - shortTime, (int) Math.round(employees * activityLevel / 100.0));
            followed = Math.max(0, employees - random.nextInt(3));
            inPerson = (int) Math.round(followed * Math.min(1, activityLevel / 100.0 + 0.1));
            byPhone = (int) Math.round(followed * (0.2 + random.nextDouble() * 0.5));
            byVideo = (int) Math.round(followed * random.nextDouble() * 0.3);
            obstacles = new ArrayList<>();
            pick(obstacles, Obstacle.NO_EQUIPMENT, 15);
            pick(obstacles, Obstacle.NO_CONNECTION, 12);
            pick(obstacles, Obstacle.HEALTH, 10);
            pick(obstacles, Obstacle.CHILDCARE, 12);
            pick(obstacles, Obstacle.TRANSPORT, 20);
            pick(obstacles, Obstacle.OTHER, 4);
            needs = new ArrayList<>();
            pick(needs, Need.SUPPLIES, 12);
            pick(needs, Need.CUSTOMERS, activityLevel < 70 ? 35 : 8);
            pick(needs, Need.FINANCING, loss >= 40 ? 35 : 3);
            pick(needs, Need.STAFFING, 6);
            needsText = !needs.isEmpty() && random.nextInt(10) < 7 ? NEED_TEXTS[random.nextInt(NEED_TEXTS.length)]
                    : null;
        }

        private void pick(List<String> chosen, Enum<?> code, int percent) {
            if (random.nextInt(100) < percent) {
                chosen.add(code.name());
            }
        }

        private static int roundTo5(double value) {
            return clamp((int) (Math.round(value / 5) * 5), 0, 100);
        }

        private static int clamp(int value, int min, int max) {
            return Math.max(min, Math.min(max, value));
        }
    }

    /** The columns of the answers to insert, one array each. */
    private static final class Rows {
        final List<UUID> ids = new ArrayList<>();
        final List<UUID> structures = new ArrayList<>();
        final List<String> weeks = new ArrayList<>();
        final List<java.sql.Date> weekStarts = new ArrayList<>();
        final List<String> departments = new ArrayList<>();
        final List<String> kinds = new ArrayList<>();
        final List<List<Integer>> figures = new ArrayList<>();
        final List<String> obstacles = new ArrayList<>();
        final List<String> needs = new ArrayList<>();
        final List<String> needsTexts = new ArrayList<>();
        final List<UUID> enteredBy = new ArrayList<>();
        final List<String> enteredVia = new ArrayList<>();
        final List<Timestamp> createdAt = new ArrayList<>();

        void add(UUID structure, DemoWeek week, String department, String kind, StructureAnswers answers,
                UUID user, EnteredVia via, Instant at) {
            ids.add(UUID.randomUUID());
            structures.add(structure);
            weeks.add(week.code());
            weekStarts.add(week.monday());
            departments.add(department);
            kinds.add(kind);
            figures.add(List.of(answers.activityLevel, answers.loss, answers.employees, answers.working,
                    answers.shortTime, answers.followed, answers.inPerson, answers.byPhone, answers.byVideo));
            obstacles.add(SurveyLinks.arrayLiteral(answers.obstacles));
            needs.add(SurveyLinks.arrayLiteral(answers.needs));
            needsTexts.add(answers.needsText);
            enteredBy.add(user);
            enteredVia.add(via.name());
            createdAt.add(Timestamp.from(at));
        }

        void insert(Connection connection) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int column = 1;
                insert.setArray(column++, connection.createArrayOf("uuid", ids.toArray()));
                insert.setArray(column++, connection.createArrayOf("uuid", structures.toArray()));
                insert.setArray(column++, connection.createArrayOf("text", weeks.toArray()));
                insert.setArray(column++, connection.createArrayOf("date", weekStarts.toArray()));
                insert.setArray(column++, connection.createArrayOf("text", departments.toArray()));
                insert.setArray(column++, connection.createArrayOf("text", kinds.toArray()));
                for (int figure = 0; figure < 9; figure++) {
                    insert.setArray(column++, figureColumn(connection, figure));
                }
                insert.setArray(column++, connection.createArrayOf("text", obstacles.toArray()));
                insert.setArray(column++, connection.createArrayOf("text", needs.toArray()));
                insert.setArray(column++, connection.createArrayOf("text", needsTexts.toArray()));
                insert.setArray(column++, connection.createArrayOf("uuid", enteredBy.toArray()));
                insert.setArray(column++, connection.createArrayOf("text", enteredVia.toArray()));
                insert.setArray(column, connection.createArrayOf("timestamptz", createdAt.toArray()));
                insert.executeUpdate();
            }
        }

        private Array figureColumn(Connection connection, int figure) throws SQLException {
            return connection.createArrayOf("int4", figures.stream().map(row -> row.get(figure)).toArray());
        }
    }
}
