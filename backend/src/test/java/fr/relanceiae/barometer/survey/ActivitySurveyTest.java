package fr.relanceiae.barometer.survey;

import static fr.relanceiae.barometer.survey.SurveyFixtures.SURVEYS;
import static fr.relanceiae.barometer.survey.SurveyFixtures.answer;
import static fr.relanceiae.barometer.survey.SurveyFixtures.answered;
import static fr.relanceiae.barometer.survey.SurveyFixtures.count;
import static fr.relanceiae.barometer.survey.SurveyFixtures.input;
import static fr.relanceiae.barometer.survey.SurveyFixtures.thisWeek;
import static fr.relanceiae.barometer.survey.SurveyFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The weekly survey through the API: a second answer for a week replaces the first and the history
 * keeps both; every inconsistent or out-of-range figure is refused field by field and nothing is
 * stored; a siae user answers and reads its organisation's structures only, a facilitator any (and
 * the answer says so), an admin reads.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ActivitySurveyTest {

    private final Caller facilitator = SupplyFixtures.facilitator();

    @Test
    void a_second_answer_for_the_week_replaces_the_first_and_the_history_keeps_both() {
        TestStructure structure = SupplyFixtures.structure();
        Caller siae = SupplyFixtures.siaeUserOf(structure);
        IsoWeek week = thisWeek();

        ExtractableResponse<Response> first = answer(siae, input(null, week)).then().statusCode(201)
                .body("structureId", equalTo(structure.id().toString())).body("week", equalTo(week.toString()))
                .body("weekStart", equalTo(week.monday().toString())).body("version", equalTo(1))
                .body("enteredVia", equalTo("STRUCTURE")).body("enteredByName", equalTo("Personne de la structure"))
                .body("obstacles", contains("CHILDCARE", "TRANSPORT")).extract();
        UUID id = UUID.fromString(first.path("id"));
        assertThat(first.header("Location")).endsWith(SURVEYS + "/" + id);

        answer(facilitator, with(input(structure.id(), week), "activityLevelPct", 80, "insertionWorking", 10,
                "insertionShortTime", 0, "obstacles", List.of())).then().statusCode(200)
                .body("id", equalTo(id.toString())).body("version", equalTo(2)).body("activityLevelPct", equalTo(80))
                .body("enteredVia", equalTo("FACILITATOR")).body("obstacles", equalTo(List.of()));

        // one answer in force, with the second's figures; both in the history
        assertThat(count("select count(*) from activity_survey where structure_id = ?1", structure.id())).isEqualTo(1);
        assertThat(SurveyFixtures.rows("select activity_level_pct, insertion_working, version, entered_via "
                + "from activity_survey where id = ?1", id).get(0)).containsExactly((short) 80, 10, 2, "FACILITATOR");
        assertThat(SurveyFixtures.<Object>column("select cast(answers->>'activityLevelPct' as int) from activity_survey_version "
                + "where survey_id = ?1 order by version", id)).containsExactly(60, 80);
        siae.as().when().get(SURVEYS + "/" + id + "/history").then().statusCode(200)
                .body("version", contains(2, 1)).body("answers.activityLevelPct", contains(80, 60))
                .body("enteredVia", contains("FACILITATOR", "STRUCTURE"))
                .body("[1].enteredByName", equalTo("Personne de la structure"))
                .body("[1].answers.obstacles", contains("CHILDCARE", "TRANSPORT"));
    }

    @Test
    void inconsistent_figures_are_refused_field_by_field_and_nothing_is_stored() {
        TestStructure structure = SupplyFixtures.structure();
        IsoWeek week = thisWeek();

        // working + short-time > employees: both parts named
        answer(facilitator, with(input(structure.id(), week), "insertionWorking", 10, "insertionShortTime", 3))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("insertionWorking", "insertionShortTime"));
        // each way of following above the people followed: that way named, and only it
        answer(facilitator, with(input(structure.id(), week), "followedByPhone", 12, "followedByVideo", 11))
                .then().statusCode(400).body("errors.field", contains("followedByPhone"));
        answer(facilitator, with(input(structure.id(), week), "peopleFollowed", 0))
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("followedInPerson", "followedByPhone", "followedByVideo"));
        // out of range: refused with a French message, never clamped
        answer(facilitator, with(input(structure.id(), week), "activityLevelPct", 101, "revenueLossPct", -1))
                .then().statusCode(400).body("errors.field", containsInAnyOrder("activityLevelPct", "revenueLossPct"));
        answer(facilitator, with(input(structure.id(), week), "insertionEmployees", null))
                .then().statusCode(400).body("errors.field", contains("insertionEmployees"));
        answer(facilitator, with(input(structure.id(), week), "needs", List.of("MONEY")))
                .then().statusCode(400);
        // weeks: a format, not in the future, at most 52 weeks back
        answer(facilitator, with(input(structure.id(), week), "week", "2026-48")).then().statusCode(400)
                .body("errors.field", contains("week")).body("errors[0].message", equalTo(
                        "Semaine ISO attendue au format AAAA-Wss, par exemple 2026-W48."));
        answer(facilitator, input(structure.id(), week.next())).then().statusCode(400)
                .body("errors.field", contains("week"));
        answer(facilitator, input(structure.id(), week.plusWeeks(-53))).then().statusCode(400)
                .body("errors.field", contains("week"));
        // the week and the figures are told together
        answer(facilitator, with(input(structure.id(), week.next()), "insertionWorking", 13)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("week", "insertionWorking", "insertionShortTime"));

        assertThat(count("select count(*) from activity_survey where structure_id = ?1", structure.id())).isZero();
        // the limits themselves are fine
        answer(facilitator, with(input(structure.id(), week.plusWeeks(-52)), "insertionWorking", 9,
                "followedInPerson", 11, "followedByPhone", 11, "followedByVideo", 11)).then().statusCode(201);
    }

    @Test
    void a_siae_user_answers_and_sees_its_organisations_structures_only() {
        TestStructure mine = SupplyFixtures.structure();
        TestStructure theirs = SupplyFixtures.structure();
        Caller siae = SupplyFixtures.siaeUserOf(mine);
        Caller stranger = SupplyFixtures.siaeUserOf(theirs);
        UUID own = answered(siae, input(null, thisWeek()));
        UUID someoneElses = answered(facilitator, input(theirs.id(), thisWeek()));

        siae.as().when().get(SURVEYS + "/" + someoneElses).then().statusCode(404);
        siae.as().when().get(SURVEYS + "/" + someoneElses + "/history").then().statusCode(404);
        answer(siae, input(theirs.id(), thisWeek().previous())).then().statusCode(400)
                .body("errors.field", contains("structureId"));
        siae.as().queryParam("structureId", theirs.id().toString()).when().get(SURVEYS).then().statusCode(200)
                .body("totalItems", equalTo(0));
        siae.as().queryParam("structureId", theirs.id().toString()).when().get(SURVEYS + "/this-week").then()
                .statusCode(400);
        assertThat(count("select count(*) from activity_survey where structure_id = ?1", theirs.id())).isEqualTo(1);
        stranger.as().when().get(SURVEYS + "/" + someoneElses).then().statusCode(200);

        List<String> listed = siae.as().queryParam("size", 100).when().get(SURVEYS).then().statusCode(200)
                .extract().path("items.id");
        assertThat(listed).containsExactly(own.toString());
        // a facilitator and an admin read every one; buyers have no business here
        facilitator.as().when().get(SURVEYS + "/" + own).then().statusCode(200);
        SurveyFixtures.admin().as().queryParam("structureId", theirs.id().toString()).when().get(SURVEYS).then()
                .statusCode(200).body("items.id", contains(someoneElses.toString()));
        SupplyFixtures.buyer().as().when().get(SURVEYS + "/" + own).then().statusCode(403);
        // a facilitator names the structure
        answer(facilitator, input(null, thisWeek())).then().statusCode(400).body("errors.field", contains("structureId"));
    }

    @Test
    void a_siae_user_with_several_structures_names_the_one_answering() {
        TestStructure first = SupplyFixtures.structure();
        TestStructure second = SupplyFixtures.anotherStructureOf(first);
        Caller siae = SupplyFixtures.siaeUserOf(first);

        answer(siae, input(null, thisWeek())).then().statusCode(400).body("errors.field", contains("structureId"));
        answer(siae, input(second.id(), thisWeek())).then().statusCode(201)
                .body("structureId", equalTo(second.id().toString()));
        assertThat(count("select count(*) from activity_survey where structure_id = ?1", first.id())).isZero();
    }

    @Test
    void this_weeks_form_starts_from_the_last_week_answered_then_shows_the_answer() {
        TestStructure structure = SupplyFixtures.structure();
        Caller siae = SupplyFixtures.siaeUserOf(structure);
        IsoWeek week = thisWeek();

        siae.as().when().get(SURVEYS + "/this-week").then().statusCode(200)
                .body("week", equalTo(week.toString())).body("current", nullValue()).body("prefill", nullValue());
        answered(siae, with(input(null, week.plusWeeks(-3)), "activityLevelPct", 40));
        answered(siae, with(input(null, week.plusWeeks(-2)), "activityLevelPct", 55, "needsText", "  "));
        siae.as().when().get(SURVEYS + "/this-week").then().statusCode(200).body("current", nullValue())
                .body("prefill.activityLevelPct", equalTo(55)).body("prefill.needsText", nullValue())
                .body("structureId", equalTo(structure.id().toString()));

        answered(siae, with(input(null, week), "activityLevelPct", 70));
        siae.as().when().get(SURVEYS + "/this-week").then().statusCode(200)
                .body("current.activityLevelPct", equalTo(70)).body("prefill.activityLevelPct", equalTo(55));
        // the list: newest week first, within the weeks asked
        siae.as().queryParam("from", week.plusWeeks(-2).toString()).queryParam("to", week.toString()).when()
                .get(SURVEYS).then().statusCode(200).body("items.activityLevelPct", contains(70, 55));
        siae.as().queryParam("from", "2026-W99").when().get(SURVEYS).then().statusCode(400)
                .body("errors.field", contains("from"));
    }

    @Test
    void an_answer_sent_again_with_the_same_idempotency_key_is_stored_once() {
        TestStructure structure = SupplyFixtures.structure();
        Map<String, Object> body = input(structure.id(), thisWeek());
        String key = "survey-" + UUID.randomUUID();

        String first = facilitator.as().header("Idempotency-Key", key).body(body).when().post(SURVEYS).then()
                .statusCode(201).extract().path("id");
        facilitator.as().header("Idempotency-Key", key).body(body).when().post(SURVEYS).then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", equalTo(first)).body("version", equalTo(1));
        assertThat(count("select count(*) from activity_survey_version v join activity_survey s on s.id = v.survey_id "
                + "where s.structure_id = ?1", structure.id())).isEqualTo(1);
    }

    @Test
    void answers_sent_at_once_for_the_same_week_both_land_one_after_the_other_and_open_one_follow_up()
            throws Exception {
        TestStructure structure = SupplyFixtures.structure();
        Map<String, Object> body = with(input(structure.id(), thisWeek()), "needs", List.of("FINANCING"));

        List<Integer> statuses = SupplyFixtures.concurrently(4, IntStream.range(0, 4)
                .<Callable<Integer>>mapToObj(i -> () -> answer(facilitator,
                        with(body, "activityLevelPct", 10 * i)).statusCode()).toList());

        assertThat(statuses).containsExactlyInAnyOrder(201, 200, 200, 200);
        assertThat(SurveyFixtures.rows("select version from activity_survey where structure_id = ?1", structure.id()))
                .hasSize(1);
        assertThat(SurveyFixtures.<Object>column("select v.version from activity_survey_version v join activity_survey s "
                + "on s.id = v.survey_id where s.structure_id = ?1 order by v.version", structure.id()))
                .containsExactly(1, 2, 3, 4);
        assertThat(count("select count(*) from follow_up where structure_id = ?1", structure.id())).isEqualTo(1);
    }
}
