package fr.relanceiae.sourcing.solicitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.Role;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.shared.outbox.OutboxWorker;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.sourcing.PublishedRequests;
import fr.relanceiae.sourcing.PublishedRequests.Solicited;
import fr.relanceiae.sourcing.PublishedRequests.TestStructure;
import fr.relanceiae.sourcing.request.SourcingRequest;
import fr.relanceiae.sourcing.request.SourcingRequestEvent;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SolicitationTest {

    private static final Pattern PERSONAL_LINK = Pattern.compile("/reponse/([A-Za-z0-9_-]{43})");
    private static final String FACILITATOR = TestTokens.valid(Roles.FACILITATOR);

    @Inject
    Event<SourcingRequestEvent> events;

    @Inject
    MockMailbox mailbox;

    @Inject
    SolicitationJobs jobs;

    @Inject
    AnswerRates answerRates;

    @Inject
    OutboxWorker outbox;

    /**
     * The mails sent to this address so far: everything due in the outbox is sent first (its worker
     * is off in tests, and earlier tests may have left more than one run of the worker sends).
     */
    private List<Mail> sentTo(String address) {
        while (outbox.sendDue() > 0) {
            // until nothing due is left
        }
        return mailbox.getMailsSentTo(address);
    }

    private static String buyerOf(UUID organisationId) {
        return TestTokens.claims(Roles.BUYER).claim("org", organisationId.toString()).sign();
    }

    private static String siaeOf(TestStructure structure) {
        return TestTokens.claims(Roles.SIAE).claim("org", structure.organisationId().toString()).sign();
    }

    private static Map<String, Object> interested(String message) {
        return Map.of("decision", "INTERESTED", "message", message, "quoteAmount", 12500.5, "monthlyCapacity",
                "Deux équipes de 4 personnes");
    }

    private static String nameOf(TestStructure structure) {
        return QuarkusTransaction.requiringNew().call(() -> Structure.<Structure>findById(structure.id()).name);
    }

    private static Map<String, Object> row(UUID solicitationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Solicitation s = Solicitation.findById(solicitationId);
            if (s == null) {
                return Map.of();
            }
            return Map.of("status", s.status, "firstViewedAt", String.valueOf(s.firstViewedAt), "answeredAt",
                    String.valueOf(s.answeredAt), "message", String.valueOf(s.message), "declineReason",
                    String.valueOf(s.declineReason), "removed", s.removed(), "origin", s.origin, "unreachable", s.unreachable,
                    "reminded", s.deadlineReminderAt != null);
        });
    }

    private static UUID solicitationOf(UUID requestId, UUID structureId) {
        return QuarkusTransaction.requiringNew().call(() -> Solicitation.<Solicitation>find(
                "requestId = ?1 and structureId = ?2", requestId, structureId).firstResultOptional().map(s -> s.id)
                .orElse(null));
    }

    private String tokenIn(Mail mail) {
        Matcher matcher = PERSONAL_LINK.matcher(mail.getText());
        assertThat(matcher.find()).as("personal link in " + mail.getText()).isTrue();
        assertThat(mail.getHtml()).contains("/reponse/" + matcher.group(1));
        return matcher.group(1);
    }

    // --- Publishing ------------------------------------------------------------------------

    @Test
    void the_demo_personal_link_opens_a_request_still_open_to_answers() {
        given().when().get("/api/v1/solicitation-links/" + SolicitationDemoData.DEMO_LINK_TOKEN).then().statusCode(200)
                .body("canAnswer", equalTo(true)).body("deadlinePassed", equalTo(false));
    }

    @Test
    void publishing_solicits_the_targets_but_not_the_excluded_and_emails_each_recipient_once_with_a_working_link() {
        TestStructure withUser = PublishedRequests.structure(true, true);
        TestStructure withContact = PublishedRequests.structure(true, false);
        TestStructure unreachable = PublishedRequests.structure(false, false);
        TestStructure excluded = PublishedRequests.structure(true, false);
        UUID buyer = PublishedRequests.buyerOrganisation();
        UUID request = PublishedRequests.draft(buyer, PublishedRequests.inDays(10),
                List.of(withUser.id(), withContact.id(), unreachable.id(), excluded.id()), List.of(excluded.id()), 2);

        PublishedRequests.publish(request, events);

        assertThat(row(solicitationOf(request, withUser.id()))).containsEntry("origin", SolicitationOrigin.TARGETED)
                .containsEntry("status", SolicitationStatus.SENT).containsEntry("unreachable", false);
        assertThat(row(solicitationOf(request, withContact.id()))).containsEntry("unreachable", false);
        assertThat(row(solicitationOf(request, unreachable.id()))).containsEntry("unreachable", true);
        assertThat(solicitationOf(request, excluded.id())).isNull();
        // the user is written to, not the structure's contact when it has users
        assertThat(sentTo(withUser.email())).hasSize(1);
        List<Mail> toContact = sentTo(withContact.email());
        assertThat(toContact).hasSize(1);
        assertThat(toContact.get(0).getSubject()).startsWith("Nouvelle opportunité");
        assertThat(sentTo(excluded.email())).isEmpty();

        String token = tokenIn(toContact.get(0));
        UUID solicitation = solicitationOf(request, withContact.id());
        given().when().get("/api/v1/solicitation-links/" + token).then().statusCode(200)
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store")
                .body("id", equalTo(solicitation.toString())).body("canAnswer", equalTo(true))
                .body("request.placeSummary", containsString("(93)"));
        assertThat(row(solicitation)).containsEntry("status", SolicitationStatus.VIEWED);
        given().auth().oauth2(FACILITATOR).when().get("/api/v1/solicitations/unreachable?size=100").then().statusCode(200)
                .body("items.structureId", hasItem(unreachable.id().toString()))
                .body("items.find { it.structureId == '" + unreachable.id() + "' }.contact.phone", equalTo("01 23 45 67 89"));
    }

    @Test
    void a_deadline_moved_later_tells_the_structures_and_extends_their_links() {
        TestStructure structure = PublishedRequests.structure(true, false);
        UUID request = PublishedRequests.draft(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(5),
                List.of(structure.id()), List.of(), null);
        PublishedRequests.publish(request, events);
        UUID solicitation = solicitationOf(request, structure.id());
        Instant before = QuarkusTransaction.requiringNew().call(() -> Solicitation.<Solicitation>findById(solicitation).linkExpiresAt);

        QuarkusTransaction.requiringNew().run(() -> {
            SourcingRequest r = SourcingRequest.findById(request);
            var previous = r.responseDeadline;
            r.responseDeadline = previous.plusDays(10);
            events.fire(new SourcingRequestEvent.DeadlineExtended(request, previous, r.responseDeadline));
        });

        List<Mail> mails = sentTo(structure.email());
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).startsWith("Date limite reportée");
        Instant after = QuarkusTransaction.requiringNew().call(() -> Solicitation.<Solicitation>findById(solicitation).linkExpiresAt);
        assertThat(Duration.between(before, after).toDays()).isEqualTo(10);
        // both links work: the first e-mail's and the new one's
        given().when().get("/api/v1/solicitation-links/" + tokenIn(mails.get(0))).then().statusCode(200);
        given().when().get("/api/v1/solicitation-links/" + tokenIn(mails.get(1))).then().statusCode(200);
    }

    // --- Ownership -----------------------------------------------------------------------------

    @Test
    void the_buyer_sees_its_requests_solicitations_with_contacts_of_interested_ones_only_and_others_get_404() {
        TestStructure interestedOne = PublishedRequests.structure(true, true);
        TestStructure silent = PublishedRequests.structure(true, false);
        UUID buyer = PublishedRequests.buyerOrganisation();
        UUID request = PublishedRequests.published(buyer, PublishedRequests.inDays(5));
        Solicited first = PublishedRequests.solicit(request, interestedOne.id());
        PublishedRequests.solicit(request, silent.id());
        given().auth().oauth2(siaeOf(interestedOne)).contentType(ContentType.JSON).body(interested("Nous sommes prêts."))
                .when().put("/api/v1/solicitations/" + first.id() + "/answer").then().statusCode(200);

        Response list = given().auth().oauth2(buyerOf(buyer)).when().get("/api/v1/sourcing-requests/" + request + "/solicitations");
        list.then().statusCode(200).body("size()", equalTo(2))
                .body("find { it.structureId == '" + interestedOne.id() + "' }.contact.users[0].email", equalTo(interestedOne.email()))
                .body("find { it.structureId == '" + interestedOne.id() + "' }.answer.quoteAmount", equalTo(12500.5f))
                .body("find { it.structureId == '" + silent.id() + "' }.contact", nullValue());
        given().auth().oauth2(FACILITATOR).when().get("/api/v1/sourcing-requests/" + request + "/solicitations")
                .then().statusCode(200).body("find { it.structureId == '" + silent.id() + "' }.contact.email",
                        equalTo(silent.email()));
        given().auth().oauth2(buyerOf(PublishedRequests.buyerOrganisation())).when()
                .get("/api/v1/sourcing-requests/" + request + "/solicitations").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(siaeOf(silent)).when().get("/api/v1/solicitations/" + first.id()).then().statusCode(404);
        given().auth().oauth2(siaeOf(silent)).contentType(ContentType.JSON).body(interested("Moi aussi"))
                .when().put("/api/v1/solicitations/" + first.id() + "/answer").then().statusCode(404);
        assertThat(row(first.id())).containsEntry("message", "Nous sommes prêts.");
    }

    @Test
    void the_first_view_is_recorded_once_and_the_inbox_shows_it_read() {
        TestStructure structure = PublishedRequests.structure(true, true);
        UUID request = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(5));
        Solicited older = PublishedRequests.solicit(request, structure.id(), Instant.now().minusSeconds(3600));
        UUID otherRequest = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(6));
        Solicited newer = PublishedRequests.solicit(otherRequest, structure.id());
        String siae = siaeOf(structure);

        given().auth().oauth2(siae).when().get("/api/v1/solicitations").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[0].id", equalTo(newer.id().toString()))
                .body("items[0].unread", equalTo(true)).body("items[1].sectorNames[0]", not(nullValue()));
        given().auth().oauth2(siae).when().get("/api/v1/solicitations/" + older.id()).then().statusCode(200)
                .body("status", equalTo("VIEWED")).body("canAnswer", equalTo(true));
        Object firstView = row(older.id()).get("firstViewedAt");
        given().auth().oauth2(siae).when().get("/api/v1/solicitations/" + older.id()).then().statusCode(200);
        given().when().get("/api/v1/solicitation-links/" + older.token()).then().statusCode(200);
        assertThat(row(older.id()).get("firstViewedAt")).isEqualTo(firstView).isNotEqualTo("null");
        given().auth().oauth2(siae).queryParam("status", "VIEWED").when().get("/api/v1/solicitations").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].unread", equalTo(false));
    }

    // --- Answers ------------------------------------------------------------------------------

    @Test
    void an_answer_is_checked_field_by_field_and_can_be_changed_until_the_deadline() {
        TestStructure structure = PublishedRequests.structure(true, true);
        TestStructure partner = PublishedRequests.structure(true, false);
        UUID request = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(0));
        Solicited solicited = PublishedRequests.solicit(request, structure.id());
        String siae = siaeOf(structure);
        String path = "/api/v1/solicitations/" + solicited.id() + "/answer";

        given().auth().oauth2(siae).contentType(ContentType.JSON)
                .body(Map.of("decision", "INTERESTED", "partnerStructureIds", List.of(structure.id(), UUID.randomUUID())))
                .when().put(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("message", "partnerStructureIds[0]", "partnerStructureIds[1]")));
        given().auth().oauth2(siae).contentType(ContentType.JSON).body(Map.of("decision", "DECLINED"))
                .when().put(path).then().statusCode(400).body("errors[0].field", equalTo("declineReason"));
        assertThat(row(solicited.id())).containsEntry("status", SolicitationStatus.SENT);

        given().auth().oauth2(siae).contentType(ContentType.JSON)
                .body(Map.of("decision", "INTERESTED", "message", "Disponibles en mars.", "partnerStructureIds", List.of(partner.id())))
                .when().put(path).then().statusCode(200).body("status", equalTo("INTERESTED"))
                .body("answer.partnerStructureNames[0]", containsString("Sollicitée"));
        // deadline today, Paris time: still open; the answer changes
        given().auth().oauth2(siae).contentType(ContentType.JSON)
                .body(Map.of("decision", "DECLINED", "declineReason", "Plus de disponibilité.", "message", "ignoré"))
                .when().put(path).then().statusCode(200).body("answer.decision", equalTo("DECLINED"))
                .body("answer.message", nullValue());
        assertThat(row(solicited.id())).containsEntry("status", SolicitationStatus.DECLINED)
                .containsEntry("message", "null").containsEntry("declineReason", "Plus de disponibilité.");
    }

    @Test
    void after_the_deadline_day_in_paris_no_answer_is_accepted() {
        TestStructure structure = PublishedRequests.structure(true, true);
        UUID request = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(-1));
        Solicited solicited = PublishedRequests.solicit(request, structure.id());

        given().when().get("/api/v1/solicitation-links/" + solicited.token()).then().statusCode(200)
                .body("canAnswer", equalTo(false)).body("deadlinePassed", equalTo(true));
        given().auth().oauth2(siaeOf(structure)).contentType(ContentType.JSON).body(interested("Trop tard ?"))
                .when().put("/api/v1/solicitations/" + solicited.id() + "/answer").then().statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(interested("Trop tard ?"))
                .when().put("/api/v1/solicitation-links/" + solicited.token()).then().statusCode(409);
        assertThat(row(solicited.id())).containsEntry("answeredAt", "null");
        assertThat(SolicitationDeadlines.end(PublishedRequests.inDays(0)))
                .isEqualTo(PublishedRequests.inDays(1).atStartOfDay(SolicitationDeadlines.PARIS).toInstant());
    }

    // --- Personal links ---------------------------------------------------------------------------

    @Test
    void a_link_acts_for_its_solicitation_only_and_a_wrong_or_expired_one_is_the_same_404() {
        TestStructure structure = PublishedRequests.structure(true, false);
        TestStructure other = PublishedRequests.structure(true, false);
        UUID request = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(3));
        UUID otherRequest = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(3));
        Solicited mine = PublishedRequests.solicit(request, structure.id());
        Solicited theirs = PublishedRequests.solicit(request, other.id());
        UUID attachment = PublishedRequests.attachment(request);
        UUID otherAttachment = PublishedRequests.attachment(otherRequest);

        given().contentType(ContentType.JSON).body(interested("Par le lien."))
                .when().put("/api/v1/solicitation-links/" + mine.token()).then().statusCode(200)
                .header("Referrer-Policy", "no-referrer").body("id", equalTo(mine.id().toString()));
        assertThat(row(mine.id())).containsEntry("status", SolicitationStatus.INTERESTED);
        assertThat(row(theirs.id())).containsEntry("status", SolicitationStatus.SENT);
        given().when().get("/api/v1/solicitation-links/" + mine.token() + "/attachments/" + attachment).then()
                .statusCode(200).header("Content-Disposition", containsString("attachment"))
                .header("Referrer-Policy", "no-referrer");
        given().when().get("/api/v1/solicitation-links/" + mine.token() + "/attachments/" + otherAttachment).then()
                .statusCode(404);

        String wrong = given().when().get("/api/v1/solicitation-links/" + "x".repeat(43)).then().statusCode(404)
                .contentType("application/problem+json").header("Referrer-Policy", "no-referrer")
                .extract().path("detail");
        QuarkusTransaction.requiringNew().run(() -> Solicitation.<Solicitation>findById(theirs.id()).linkExpiresAt =
                Instant.now().minusSeconds(1));
        String expired = given().when().get("/api/v1/solicitation-links/" + theirs.token()).then().statusCode(404)
                .extract().path("detail");
        assertThat(expired).isEqualTo(wrong);
        given().contentType(ContentType.JSON).body(interested("Expiré")).when()
                .put("/api/v1/solicitation-links/" + theirs.token()).then().statusCode(404);
        assertThat(row(theirs.id())).containsEntry("answeredAt", "null");
    }

    @Test
    void a_personal_link_finds_partners_in_the_directory_and_answers_with_them_without_an_account() {
        TestStructure structure = PublishedRequests.structure(true, false);
        TestStructure partner = PublishedRequests.structure(true, false);
        String partnerName = nameOf(partner);
        String ownName = nameOf(structure);
        UUID request = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(5));
        Solicited mine = PublishedRequests.solicit(request, structure.id());
        String partners = "/api/v1/solicitation-links/" + mine.token() + "/partners";

        given().queryParam("q", partnerName).when().get(partners).then().statusCode(200)
                .header("Referrer-Policy", "no-referrer")
                .body("id", hasItem(partner.id().toString())).body("name", hasItem(partnerName))
                .body("size()", lessThanOrEqualTo(10))
                // a name and a town, nothing of the structure's contact details
                .body("find { it.id == '" + partner.id() + "' }.keySet()",
                        everyItem(in(List.of("id", "name", "city", "department"))));
        given().queryParam("q", ownName).when().get(partners).then().statusCode(200)
                .body("id", not(hasItem(structure.id().toString())));
        given().queryParam("q", "x").when().get(partners).then().statusCode(200).body("size()", equalTo(0));
        given().when().get(partners).then().statusCode(200).body("size()", equalTo(0));
        given().queryParam("q", partnerName).when().get("/api/v1/solicitation-links/" + "x".repeat(43) + "/partners")
                .then().statusCode(404).contentType("application/problem+json");

        given().contentType(ContentType.JSON).body(Map.of("decision", "INTERESTED", "message", "Avec un partenaire.",
                "partnerStructureIds", List.of(partner.id().toString())))
                .when().put("/api/v1/solicitation-links/" + mine.token()).then().statusCode(200)
                .body("answer.partnerStructureIds", equalTo(List.of(partner.id().toString())))
                .body("answer.partnerStructureNames", equalTo(List.of(partnerName)));
    }

    @Test
    void the_page_of_a_personal_link_sends_no_referrer() {
        given().accept("text/html").when().get("/reponse/" + "x".repeat(43)).then()
                .header("Referrer-Policy", "no-referrer");
    }

    // --- Facilitators' add and remove ----------------------------------------------------------------

    @Test
    void a_facilitator_adds_a_structure_once_removes_it_and_an_answered_one_stays_marked_removed() {
        TestStructure added = PublishedRequests.structure(true, false);
        TestStructure answered = PublishedRequests.structure(true, false);
        UUID request = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(8));
        String path = "/api/v1/sourcing-requests/" + request + "/solicitations";

        DirectoryFixtures.as(FACILITATOR).body(Map.of("structureId", added.id())).when().post(path).then().statusCode(201)
                .body("origin", equalTo("ADDED")).body("status", equalTo("SENT"));
        assertThat(sentTo(added.email())).hasSize(1);
        String token = tokenIn(sentTo(added.email()).get(0));
        DirectoryFixtures.as(FACILITATOR).body(Map.of("structureId", added.id())).when().post(path).then().statusCode(409)
                .body("errors[0].field", equalTo("structureId"));
        given().auth().oauth2(FACILITATOR).when().delete(path + "/" + added.id()).then().statusCode(204);
        assertThat(solicitationOf(request, added.id())).isNull();
        given().when().get("/api/v1/solicitation-links/" + token).then().statusCode(404);

        Solicited solicited = PublishedRequests.solicit(request, answered.id());
        given().contentType(ContentType.JSON).body(Map.of("decision", "DECLINED", "declineReason", "Pas cette fois."))
                .when().put("/api/v1/solicitation-links/" + solicited.token()).then().statusCode(200);
        given().auth().oauth2(FACILITATOR).when().delete(path + "/" + answered.id()).then().statusCode(204);
        assertThat(row(solicited.id())).containsEntry("removed", true).containsEntry("status", SolicitationStatus.DECLINED);
        given().auth().oauth2(FACILITATOR).when().get(path).then().statusCode(200)
                .body("find { it.structureId == '" + answered.id() + "' }.removed", equalTo(true));
        given().auth().oauth2(FACILITATOR).when().delete(path + "/" + answered.id()).then().statusCode(404);
        DirectoryFixtures.as(FACILITATOR).body(Map.of("structureId", answered.id())).when().post(path).then().statusCode(200)
                .body("removed", equalTo(false)).body("answer.declineReason", equalTo("Pas cette fois."));
        assertThat(row(solicited.id())).containsEntry("removed", false);
    }

    // --- Scheduled e-mails ---------------------------------------------------------------------------------

    @Test
    void structures_that_have_not_answered_are_reminded_once_three_days_before_the_deadline() {
        TestStructure silent = PublishedRequests.structure(true, false);
        TestStructure answered = PublishedRequests.structure(true, false);
        TestStructure later = PublishedRequests.structure(true, false);
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        UUID soon = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(3));
        UUID notYet = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(4));
        Solicited silentOne = PublishedRequests.solicit(soon, silent.id(), twoDaysAgo);
        Solicited answeredOne = PublishedRequests.solicit(soon, answered.id(), twoDaysAgo);
        Solicited laterOne = PublishedRequests.solicit(notYet, later.id(), twoDaysAgo);
        given().contentType(ContentType.JSON).body(interested("Oui")).when()
                .put("/api/v1/solicitation-links/" + answeredOne.token()).then().statusCode(200);

        jobs.remindBeforeDeadline(Instant.now());
        jobs.remindBeforeDeadline(Instant.now());

        List<Mail> reminders = sentTo(silent.email());
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).getSubject()).startsWith("Rappel");
        given().when().get("/api/v1/solicitation-links/" + tokenIn(reminders.get(0))).then().statusCode(200)
                .body("id", equalTo(silentOne.id().toString()));
        assertThat(row(silentOne.id())).containsEntry("reminded", true);
        assertThat(sentTo(answered.email())).isEmpty();
        assertThat(sentTo(later.email())).isEmpty();
        assertThat(row(laterOne.id())).containsEntry("reminded", false);
    }

    @Test
    void the_buyer_gets_a_digest_of_answers_at_most_hourly() {
        UUID buyer = PublishedRequests.buyerOrganisation();
        String buyerEmail = PublishedRequests.user(buyer, Role.buyer);
        UUID request = PublishedRequests.published(buyer, PublishedRequests.inDays(6));
        Solicited first = PublishedRequests.solicit(request, PublishedRequests.structure(true, false).id());
        Solicited second = PublishedRequests.solicit(request, PublishedRequests.structure(true, false).id());
        Instant now = Instant.now();

        given().contentType(ContentType.JSON).body(interested("Premier")).when()
                .put("/api/v1/solicitation-links/" + first.token()).then().statusCode(200);
        jobs.sendAnswerDigests(now);
        assertThat(sentTo(buyerEmail)).hasSize(1);
        assertThat(sentTo(buyerEmail).get(0).getText()).contains("/besoins/" + request);

        given().contentType(ContentType.JSON).body(interested("Second")).when()
                .put("/api/v1/solicitation-links/" + second.token()).then().statusCode(200);
        jobs.sendAnswerDigests(now.plus(Duration.ofMinutes(30)));
        assertThat(sentTo(buyerEmail)).hasSize(1);
        jobs.sendAnswerDigests(now.plus(Duration.ofMinutes(61)));
        List<Mail> digests = sentTo(buyerEmail);
        assertThat(digests).hasSize(2);
        assertThat(digests.get(1).getSubject()).isEqualTo("Une nouvelle réponse à vos besoins");
        jobs.sendAnswerDigests(now.plus(Duration.ofMinutes(130)));
        assertThat(sentTo(buyerEmail)).hasSize(2);
    }

    @Test
    void answer_rates_count_answered_and_closed_solicitations_of_the_last_year() {
        TestStructure structure = PublishedRequests.structure(true, false);
        UUID past = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(2));
        UUID missed = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(-2));
        UUID open = PublishedRequests.published(PublishedRequests.buyerOrganisation(), PublishedRequests.inDays(9));
        Solicited answered = PublishedRequests.solicit(past, structure.id());
        PublishedRequests.solicit(missed, structure.id());
        PublishedRequests.solicit(open, structure.id());
        given().contentType(ContentType.JSON).body(interested("Oui")).when()
                .put("/api/v1/solicitation-links/" + answered.token()).then().statusCode(200);

        assertThat(answerRates.all()).containsEntry(structure.id(), new AnswerRates.Rate(1, 2));
        assertThat(new AnswerRateResponsiveness(answerRates).rates(List.of(structure.id(), UUID.randomUUID()))).containsOnly(Map.entry(structure.id(), 0.5));
    }
}
