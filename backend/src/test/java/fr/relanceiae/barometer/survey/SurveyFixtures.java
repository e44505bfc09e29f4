package fr.relanceiae.barometer.survey;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.persistence.EntityManager;

import fr.relanceiae.account.Role;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/** Answers of the weekly survey for the tests: bodies, calls, and the database read back. */
public final class SurveyFixtures {

    public static final String SURVEYS = "/api/v1/activity-surveys";
    public static final String LINKS = "/api/v1/survey-links/";
    public static final String FOLLOW_UPS = "/api/v1/follow-ups";

    private SurveyFixtures() {
    }

    public static IsoWeek thisWeek() {
        return IsoWeek.of(Instant.now());
    }

    public static Caller admin() {
        TestAccounts.TestUser user = TestAccounts.user(Role.admin);
        return new Caller(TestTokens.claims(Roles.ADMIN).subject(user.id().toString())
                .claim("org", user.organisationId().toString()).sign(), user.organisationId(), user.id());
    }

    /** Plausible answers: 12 employees, 8 working and 3 on short-time work, 11 followed. */
    public static Map<String, Object> answers() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("activityLevelPct", 60);
        body.put("revenueLossPct", 35);
        body.put("insertionEmployees", 12);
        body.put("insertionWorking", 8);
        body.put("insertionShortTime", 3);
        body.put("peopleFollowed", 11);
        body.put("followedInPerson", 7);
        body.put("followedByPhone", 5);
        body.put("followedByVideo", 1);
        body.put("obstacles", List.of("TRANSPORT", "CHILDCARE"));
        body.put("needs", List.of());
        return body;
    }

    /** {@link #answers()} for that structure (none: left out) and week. */
    public static Map<String, Object> input(UUID structureId, IsoWeek week) {
        Map<String, Object> body = answers();
        if (structureId != null) {
            body.put("structureId", structureId.toString());
        }
        body.put("week", week.toString());
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, Object... namesAndValues) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            changed.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return changed;
    }

    public static Response answer(Caller caller, Map<String, Object> body) {
        return caller.as().body(body).when().post(SURVEYS);
    }

    public static UUID answered(Caller caller, Map<String, Object> body) {
        return UUID.fromString(answer(caller, body).then().statusCode(201).extract().path("id"));
    }

    public static long count(String sql, Object... parameters) {
        return read(() -> ((Number) query(sql, parameters).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(String sql, Object... parameters) {
        return read(() -> query(sql, parameters).getResultList());
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> column(String sql, Object... parameters) {
        return read(() -> query(sql, parameters).getResultList());
    }

    public static void execute(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> query(sql, parameters).executeUpdate());
    }

    private static jakarta.persistence.Query query(String sql, Object... parameters) {
        var query = em().createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private static EntityManager em() {
        return ActivitySurvey.getEntityManager();
    }

    private static <T> T read(Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }
}
