package fr.relanceiae.barometer.survey;

import static fr.relanceiae.barometer.survey.SurveyFixtures.LINKS;
import static fr.relanceiae.barometer.survey.SurveyFixtures.answers;
import static fr.relanceiae.barometer.survey.SurveyFixtures.count;
import static fr.relanceiae.barometer.survey.SurveyFixtures.thisWeek;
import static fr.relanceiae.barometer.survey.SurveyFixtures.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.SecretTokens;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The Monday invitation and Thursday reminder, and the personal link they carry: in the outbox,
 * once per structure and week, to its users (else its contact); the link opens and answers that
 * structure's survey of that week without an account, until it expires; a wrong or expired link is
 * the same 404.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SurveyLinkTest {

    private static final Pattern LINK = Pattern.compile("/enquete/([A-Za-z0-9_-]{20,})");

    @Inject
    SurveyMailingJobs jobs;

    @Inject
    SurveyLinks links;

    private static Instant at(DayOfWeek day, int hour, int minute) {
        return thisWeek().monday().plusDays(day.getValue() - 1L).atTime(LocalTime.of(hour, minute))
                .atZone(IsoWeek.ZONE).toInstant();
    }

    private static List<Object[]> mailsTo(String address) {
        return SurveyFixtures.rows("select subject, text_body, html_body from outbox_mail where recipient = ?1 "
                + "order by created_at, id", address);
    }

    private static String tokenIn(Object[] mail) {
        Matcher matcher = LINK.matcher((String) mail[1]);
        assertThat(matcher.find()).as("personal link in " + mail[1]).isTrue();
        assertThat((String) mail[2]).contains("/enquete/" + matcher.group(1));
        return matcher.group(1);
    }

    @Test
    void from_monday_7_each_structure_gets_one_invitation_with_a_link_to_its_week() {
        TestStructure structure = SupplyFixtures.structure();
        IsoWeek week = thisWeek();

        assertThat(jobs.sendInvitations(at(DayOfWeek.MONDAY, 6, 59))).isZero();
        assertThat(mailsTo(structure.email())).isEmpty();

        assertThat(jobs.sendInvitations(at(DayOfWeek.MONDAY, 7, 0))).isPositive();
        List<Object[]> mails = mailsTo(structure.email());
        assertThat(mails).hasSize(1);
        assertThat((String) mails.get(0)[0]).startsWith("Baromètre d'activité — semaine du ");
        assertThat((String) mails.get(0)[1]).contains("http://localhost:8081/enquete/");
        String token = tokenIn(mails.get(0));
        assertThat(count("select count(*) from survey_mailing where structure_id = ?1 and week = ?2 "
                + "and mail = 'INVITATION'", structure.id(), week.toString())).isEqualTo(1);
        // only the token's hash is kept
        assertThat(count("select count(*) from survey_link where structure_id = ?1 and token_hash = decode(?2, 'hex')",
                structure.id(), SecretTokens.hash(token))).isEqualTo(1);

        given().when().get(LINKS + token).then().statusCode(200)
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store")
                .body("week", equalTo(week.toString())).body("weekStart", equalTo(week.monday().toString()))
                .body("current", nullValue()).body("prefill", nullValue())
                .body("expiresAt", equalTo(week.next().end().toString()));

        // a later run, even in a later day of the week, sends it nothing more
        jobs.sendInvitations(at(DayOfWeek.TUESDAY, 9, 0));
        assertThat(mailsTo(structure.email())).hasSize(1);
    }

    @Test
    void a_structure_with_users_is_written_to_them_and_one_that_answered_is_not_invited() {
        TestStructure withUsers = SupplyFixtures.structure();
        Caller siae = SupplyFixtures.siaeUserOf(withUsers);
        TestStructure answeredAlready = SupplyFixtures.structure();
        SurveyFixtures.answered(SupplyFixtures.facilitator(), SurveyFixtures.input(answeredAlready.id(), thisWeek()));

        jobs.sendInvitations(at(DayOfWeek.MONDAY, 8, 0));

        assertThat(mailsTo(SupplyFixtures.emailOf(siae.userId()))).hasSize(1);
        assertThat(mailsTo(withUsers.email())).isEmpty();
        assertThat(mailsTo(answeredAlready.email())).isEmpty();
    }

    @Test
    void the_link_answers_its_structures_week_only_and_a_second_answer_replaces_the_first() {
        TestStructure structure = SupplyFixtures.structure();
        TestStructure other = SupplyFixtures.structure();
        IsoWeek lastWeek = thisWeek().previous();
        SurveyFixtures.answered(SupplyFixtures.facilitator(), with(SurveyFixtures.input(structure.id(),
                lastWeek.previous()), "activityLevelPct", 45));
        String token = QuarkusTransaction.requiringNew()
                .call(() -> links.create(List.of(structure.id()), lastWeek, Instant.now()).get(0));

        given().when().get(LINKS + token).then().statusCode(200).body("week", equalTo(lastWeek.toString()))
                .body("prefill.activityLevelPct", equalTo(45)).body("current", nullValue());
        given().contentType(ContentType.JSON).body(with(answers(), "activityLevelPct", 65)).when().put(LINKS + token)
                .then().statusCode(200).body("current.activityLevelPct", equalTo(65))
                .body("prefill.activityLevelPct", equalTo(45));
        given().contentType(ContentType.JSON).body(with(answers(), "activityLevelPct", 70)).when().put(LINKS + token)
                .then().statusCode(200).body("current.activityLevelPct", equalTo(70));

        assertThat(SurveyFixtures.rows("select week, version, entered_via, entered_by_user_id from activity_survey "
                + "where structure_id = ?1 and week = ?2", structure.id(), lastWeek.toString()).get(0))
                .containsExactly(lastWeek.toString(), 2, "LINK", null);
        String id = SurveyFixtures.<String>column("select cast(id as text) from activity_survey where structure_id = ?1 "
                + "and week = ?2", structure.id(), lastWeek.toString()).get(0);
        SupplyFixtures.facilitator().as().when().get(SurveyFixtures.SURVEYS + "/" + id + "/history").then()
                .statusCode(200).body("answers.activityLevelPct", contains(70, 65))
                .body("enteredVia", contains("LINK", "LINK")).body("[0].enteredByName", nullValue());
        assertThat(count("select count(*) from activity_survey where structure_id = ?1 and week = ?2",
                structure.id(), thisWeek().toString())).isZero();
        assertThat(count("select count(*) from activity_survey where structure_id = ?1", other.id())).isZero();

        // inconsistent figures: the same field errors as the form's, nothing changed
        given().contentType(ContentType.JSON).body(with(answers(), "followedByVideo", 20)).when().put(LINKS + token)
                .then().statusCode(400).body("errors.field", contains("followedByVideo"));
        given().contentType(ContentType.JSON).body(with(answers(), "insertionShortTime", 20)).when().put(LINKS + token)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("insertionWorking", "insertionShortTime"));
        assertThat(count("select version from activity_survey where structure_id = ?1 and week = ?2",
                structure.id(), lastWeek.toString())).isEqualTo(2);
    }

    @Test
    void an_expired_or_unknown_link_is_the_same_404_and_answers_nothing() {
        TestStructure structure = SupplyFixtures.structure();
        String token = QuarkusTransaction.requiringNew()
                .call(() -> links.create(List.of(structure.id()), thisWeek(), Instant.now()).get(0));
        given().when().get(LINKS + token).then().statusCode(200);
        SurveyFixtures.execute("update survey_link set expires_at = now() - interval '1 second' "
                + "where token_hash = decode(?1, 'hex')", SecretTokens.hash(token));

        String expired = given().when().get(LINKS + token).then().statusCode(404)
                .header("Referrer-Policy", "no-referrer").extract().path("detail");
        String unknown = given().when().get(LINKS + "pas-un-lien-valable-0123456789").then().statusCode(404)
                .extract().path("detail");
        assertThat(expired).isEqualTo(unknown);
        given().contentType(ContentType.JSON).body(answers()).when().put(LINKS + token).then().statusCode(404);
        assertThat(count("select count(*) from activity_survey where structure_id = ?1", structure.id())).isZero();
        // the links of a week work until the end of the next one
        assertThat(SurveyLinks.expiry(IsoWeek.parse("2026-W48"))).isEqualTo(Instant.parse("2026-12-06T23:00:00Z"));
    }

    @Test
    void from_thursday_7_those_invited_that_have_not_answered_get_one_reminder_with_a_new_link() {
        TestStructure silent = SupplyFixtures.structure();
        TestStructure answering = SupplyFixtures.structure();
        jobs.sendInvitations(at(DayOfWeek.MONDAY, 8, 0));
        String invitationToken = tokenIn(mailsTo(answering.email()).get(0));
        given().contentType(ContentType.JSON).body(answers()).when().put(LINKS + invitationToken).then().statusCode(200);

        assertThat(jobs.sendReminders(at(DayOfWeek.THURSDAY, 6, 59))).isZero();
        jobs.sendReminders(at(DayOfWeek.THURSDAY, 7, 0));
        jobs.sendReminders(at(DayOfWeek.FRIDAY, 10, 0));

        List<Object[]> toSilent = mailsTo(silent.email());
        assertThat(toSilent).hasSize(2);
        assertThat((String) toSilent.get(1)[0]).startsWith("Rappel : baromètre d'activité");
        String reminderToken = tokenIn(toSilent.get(1));
        assertThat(reminderToken).isNotEqualTo(tokenIn(toSilent.get(0)));
        given().when().get(LINKS + reminderToken).then().statusCode(200).body("week", equalTo(thisWeek().toString()));
        assertThat(mailsTo(answering.email())).hasSize(1);
        assertThat(count("select count(*) from survey_mailing where structure_id = ?1 and mail = 'REMINDER'",
                answering.id())).isZero();
    }

    @Test
    void the_hour_of_the_mailings_is_paris_time() {
        // Monday 30 November 2026, 06:30 UTC is 07:30 in Paris: due; 05:59 UTC is 06:59: not yet
        assertThat(SurveyMailingJobs.due(DayOfWeek.MONDAY, Instant.parse("2026-11-30T06:30:00Z"))).isTrue();
        assertThat(SurveyMailingJobs.due(DayOfWeek.MONDAY, Instant.parse("2026-11-30T05:59:00Z"))).isFalse();
        assertThat(SurveyMailingJobs.due(DayOfWeek.THURSDAY, Instant.parse("2026-12-02T12:00:00Z"))).isFalse();
        assertThat(SurveyMailingJobs.due(DayOfWeek.THURSDAY, Instant.parse("2026-12-03T06:00:00Z"))).isTrue();
    }

}
