package fr.relanceiae.financing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.account.Role;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.sourcing.request.SourcingFixtures;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.FinancingExamples;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/**
 * Diagnostics driven through the API for tests: structures of their own organisation (ACI in the 93,
 * 7 permanent employees, 480,000 € of revenue, 10 insertion FTE in their profile), their siae users,
 * facilitators and admins with accounts, and the database read back after.
 */
public final class FinancingFixtures {

    public static final String DIAGNOSTICS = FinancingExamples.DIAGNOSTICS;
    public static final String RULES = FinancingExamples.RULES;
    public static final String AUDIT = "/api/v1/audit-events";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private FinancingFixtures() {
    }

    public static TestStructure structure() {
        return SupplyFixtures.structure();
    }

    public static Caller owner(TestStructure structure) {
        return SupplyFixtures.siaeUserOf(structure);
    }

    public static Caller facilitator() {
        return SourcingFixtures.facilitator();
    }

    public static Caller admin() {
        TestAccounts.TestUser user = TestAccounts.user(Role.admin);
        return new Caller(TestTokens.claims(Roles.ADMIN).subject(user.id().toString())
                .claim("org", user.organisationId().toString()).sign(), user.organisationId(), user.id());
    }

    /** Complete inputs: 480,000 € last year, 35 % lost, 40 % variable costs, 28,000 € a month, a runway of 1.85 months. */
    public static Map<String, Object> inputs() {
        return FinancingExamples.inputs();
    }

    public static Map<String, Object> inputsWith(String field, Object value) {
        Map<String, Object> inputs = new HashMap<>(inputs());
        inputs.put(field, value);
        return inputs;
    }

    public static Response create(Caller caller, UUID structureId, Map<String, Object> inputs) {
        Map<String, Object> body = new HashMap<>();
        if (structureId != null) {
            body.put("structureId", structureId.toString());
        }
        if (inputs != null) {
            body.put("inputs", inputs);
        }
        return caller.as().body(body).when().post(DIAGNOSTICS);
    }

    /** A draft with complete inputs, made by this caller; answers its id. */
    public static UUID draft(Caller caller, UUID structureId) {
        return UUID.fromString(create(caller, structureId, inputs()).then().statusCode(201).extract().path("id"));
    }

    public static Response transition(Caller caller, UUID id, String action, Object body) {
        return caller.as().body(body).when().post(DIAGNOSTICS + "/" + id + "/" + action);
    }

    /** A diagnostic taken by {@code staff} to IN_REVIEW. */
    public static UUID inReview(Caller staff, UUID structureId) {
        UUID id = draft(staff, structureId);
        transition(staff, id, "submit", Map.of()).then().statusCode(200);
        transition(staff, id, "review", Map.of()).then().statusCode(200);
        return id;
    }

    public static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A survey answer of the structure {@code weeksAgo} weeks ago, with this revenue loss. */
    public static void survey(UUID structureId, int revenueLossPct, int weeksAgo) {
        UUID surveyId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                INSERT INTO activity_survey (id, structure_id, week, week_start, department, kind, activity_level_pct,
                    revenue_loss_pct, insertion_employees, insertion_working, insertion_short_time, people_followed,
                    followed_in_person, followed_by_phone, followed_by_video, entered_via, created_at, updated_at)
                SELECT ?1, s.id, to_char(w.monday, 'IYYY-"W"IW'), w.monday, s.department, s.kind, 60, ?2, 10, 6, 2,
                    8, 5, 3, 0, 'STRUCTURE', now(), now()
                FROM structure s,
                     (SELECT (date_trunc('week', current_date) - make_interval(weeks => ?3))::date AS monday) w
                WHERE s.id = ?4""").setParameter(1, surveyId).setParameter(2, revenueLossPct)
                .setParameter(3, weeksAgo).setParameter(4, structureId).executeUpdate());
        // its history, as every answer written by the API has it
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                INSERT INTO activity_survey_version (survey_id, version, answers, entered_via, entered_at)
                SELECT id, version, '{}'::jsonb, entered_via, updated_at FROM activity_survey WHERE id = ?1""").setParameter(1, surveyId).executeUpdate());
    }

    public static long count(String sql, Object... parameters) {
        return read(() -> {
            var query = em().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    @SuppressWarnings("unchecked")
    public static List<Object> rows(String sql, Object... parameters) {
        return read(() -> {
            var query = em().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return (List<Object>) query.getResultList();
        });
    }

    public static <T> T read(Supplier<T> reading) {
        return QuarkusTransaction.requiringNew().call(reading::get);
    }

    public static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
