package fr.relanceiae.barometer.survey;

import static fr.relanceiae.barometer.survey.SurveyFixtures.SURVEYS;
import static fr.relanceiae.barometer.survey.SurveyFixtures.count;
import static fr.relanceiae.barometer.survey.SurveyFixtures.thisWeek;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.SecretTokens;
import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.demo.DirectoryDemoData;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The demo's barometer: weeks of answers for most structures, so that the dashboard has figures at once. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SurveyDemoDataTest {

    @Test
    void the_demo_structure_answered_the_past_weeks_and_has_this_weeks_survey_to_answer() {
        String siae = TestAccounts.demoToken(DemoAccounts.SIAE);

        given().auth().oauth2(siae).when().get(SURVEYS + "/this-week").then().statusCode(200)
                .body("week", equalTo(thisWeek().toString())).body("current", nullValue())
                .body("prefill.activityLevelPct", notNullValue());
        List<String> weeks = given().auth().oauth2(siae).queryParam("size", 100).when().get(SURVEYS).then()
                .statusCode(200).body("items[0].enteredVia", equalTo("STRUCTURE")).extract().path("items.week");
        assertThat(weeks).hasSize(SurveyDemoData.PAST_WEEKS).doesNotContain(thisWeek().toString())
                .contains(thisWeek().previous().toString(), thisWeek().plusWeeks(-SurveyDemoData.PAST_WEEKS).toString());
    }

    @Test
    void the_demo_link_opens_this_weeks_survey_of_the_demo_structure_without_an_account() {
        given().when().get("/api/v1/survey-links/" + SurveyDemoLink.DEMO_LINK_TOKEN).then().statusCode(200)
                .body("week", equalTo(thisWeek().toString())).body("structureName", notNullValue())
                .body("prefill.activityLevelPct", notNullValue());
        // one row for the token, renewed at start for the current week
        assertThat(count("select count(*) from survey_link l join structure s on s.id = l.structure_id "
                + "where encode(l.token_hash, 'hex') = ?1 and s.siret = ?2 and l.week = ?3",
                SecretTokens.hash(SurveyDemoLink.DEMO_LINK_TOKEN), DirectoryDemoData.DEMO_SIAE_SIRET,
                thisWeek().toString())).isEqualTo(1);
    }

    @Test
    void most_structures_answered_each_past_week_in_cells_large_enough_to_be_shown_to_partners() {
        long active = count("select count(*) from structure where active");
        long lastWeek = count("select count(*) from activity_survey where week = ?1", thisWeek().previous().toString());
        assertThat(lastWeek).isGreaterThan(active / 2);
        assertThat(count("select count(distinct week) from activity_survey where week_start >= ?1",
                thisWeek().plusWeeks(-SurveyDemoData.PAST_WEEKS).monday())).isEqualTo(SurveyDemoData.PAST_WEEKS + 1);
        // cells of 5 structures or more (week × department × kind): partners see figures, not only blanks
        assertThat(count("select count(*) from (select 1 from activity_survey where week = ?1 "
                + "group by department, kind having count(*) >= 5) cells", thisWeek().previous().toString()))
                .isGreaterThanOrEqualTo(3);
        // every answer is its history's last version, and the history reads back as answers
        assertThat(count("select count(*) from activity_survey s where not exists (select 1 from "
                + "activity_survey_version v where v.survey_id = s.id and v.version = s.version)")).isZero();
        String facilitator = TestAccounts.demoToken(DemoAccounts.FACILITATOR);
        String anyId = given().auth().oauth2(facilitator).queryParam("size", 1).when().get(SURVEYS).then()
                .statusCode(200).extract().path("items[0].id");
        int level = given().auth().oauth2(facilitator).when().get(SURVEYS + "/" + anyId).then().statusCode(200)
                .extract().path("activityLevelPct");
        given().auth().oauth2(facilitator).when().get(SURVEYS + "/" + anyId + "/history").then().statusCode(200)
                .body("[0].answers.activityLevelPct", equalTo(level));
    }

    @Test
    void the_needs_of_the_last_answers_wait_for_the_facilitators_some_taken_on() {
        String facilitator = TestAccounts.demoToken(DemoAccounts.FACILITATOR);
        int open = given().auth().oauth2(facilitator).queryParam("status", "OPEN").when().get("/api/v1/follow-ups")
                .then().statusCode(200).extract().path("totalItems");
        int mine = given().auth().oauth2(facilitator).queryParam("assignee", "me").when().get("/api/v1/follow-ups")
                .then().statusCode(200).extract().path("totalItems");
        assertThat(open).isGreaterThanOrEqualTo(10);
        assertThat(mine).isPositive();
    }
}
