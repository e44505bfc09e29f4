package fr.relanceiae.sourcing.request;

import static fr.relanceiae.sourcing.request.SourcingFixtures.BASE;
import static fr.relanceiae.sourcing.request.SourcingFixtures.PROBLEMS;
import static fr.relanceiae.sourcing.request.SourcingFixtures.buyer;
import static fr.relanceiae.sourcing.request.SourcingFixtures.complete;
import static fr.relanceiae.sourcing.request.SourcingFixtures.create;
import static fr.relanceiae.sourcing.request.SourcingFixtures.facilitator;
import static fr.relanceiae.sourcing.request.SourcingFixtures.stored;
import static fr.relanceiae.sourcing.request.SourcingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.sourcing.SourcingChannel;
import fr.relanceiae.sourcing.SourcingStatus;
import fr.relanceiae.sourcing.contract.OngoingContract;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SourcingRequestResourceTest {

    @Test
    void a_buyer_writes_a_draft_for_its_own_organisation() {
        Caller buyer = buyer();
        Map<String, Object> body = complete("  Nettoyage de la mairie annexe  ");
        body.put("sectors", List.of("Nettoyage-de-locaux", "nettoyage-de-locaux", "hygiene-et-proprete"));
        body.put("prestaTypes", List.of("service"));
        body.put("kinds", List.of("ACI", "EI"));
        body.put("amountMin", 1000);
        body.put("amountMax", 5000);

        var response = buyer.as().body(body).when().post(BASE).then().statusCode(201).header("ETag", "\"0\"")
                .body("title", equalTo("Nettoyage de la mairie annexe"))
                .body("status", equalTo("DRAFT"))
                .body("outcome", nullValue())
                .body("sectors", equalTo(List.of("nettoyage-de-locaux", "hygiene-et-proprete")))
                .body("prestaTypes", equalTo(List.of("SERVICE")))
                .body("buyerOrganisationId", equalTo(buyer.organisationId().toString()))
                .body("authorName", equalTo("Personne de test"))
                .body("authorUserId", equalTo(buyer.userId().toString()))
                .body("counts.solicited", equalTo(0))
                .body("deadlinePassed", equalTo(false))
                .body("attachments", equalTo(List.of()))
                .extract();
        UUID id = UUID.fromString(response.path("id"));
        assertThat(response.header("Location")).endsWith(BASE + "/" + id);

        SourcingRequest request = stored(id);
        assertThat(request.status).isEqualTo(SourcingStatus.DRAFT);
        assertThat(request.buyerOrganisationId).isEqualTo(buyer.organisationId());
        assertThat(request.authorUserId).isEqualTo(buyer.userId());
        assertThat(request.authorClientId).isNull();
        assertThat(request.kinds).containsExactly("ACI", "EI");
        assertThat(request.departments).containsExactly("93");
    }

    @Test
    void a_buyer_cannot_write_for_another_organisation() {
        Caller buyer = buyer();
        Map<String, Object> body = complete("Pour une autre organisation");
        body.put("buyerOrganisationId", buyer().organisationId().toString());

        buyer.as().body(body).when().post(BASE).then().statusCode(403).contentType("application/problem+json");
        assertThat(countByTitle("Pour une autre organisation")).isZero();
    }

    @Test
    void a_facilitator_names_an_active_buyer_organisation() {
        Caller facilitator = facilitator();
        Map<String, Object> body = complete("Opportunité de gré à gré " + DirectoryFixtures.word());
        body.put("channel", "NEGOTIATED");

        facilitator.as().body(body).when().post(BASE).then().statusCode(400)
                .body("errors.field", hasItem("buyerOrganisationId"));
        body.put("buyerOrganisationId", organisation(OrganisationKind.SIAE, true).toString());
        facilitator.as().body(body).when().post(BASE).then().statusCode(400)
                .body("errors.field", hasItem("buyerOrganisationId"));
        body.put("buyerOrganisationId", organisation(OrganisationKind.PRIVATE_BUYER, false).toString());
        facilitator.as().body(body).when().post(BASE).then().statusCode(400)
                .body("errors.field", hasItem("buyerOrganisationId"));
        assertThat(countByTitle((String) body.get("title"))).isZero();

        UUID buyerOrganisation = organisation(OrganisationKind.PRIVATE_BUYER, true);
        body.put("buyerOrganisationId", buyerOrganisation.toString());
        UUID id = create(facilitator, body);
        SourcingRequest request = stored(id);
        assertThat(request.buyerOrganisationId).isEqualTo(buyerOrganisation);
        assertThat(request.authorUserId).isEqualTo(facilitator.userId());
        assertThat(request.channel).isEqualTo(SourcingChannel.NEGOTIATED);
    }

    @Test
    void a_partner_with_the_scope_writes_for_a_buyer_and_follows_only_its_own() {
        Caller buyer = buyer();
        Caller partner = SourcingFixtures.demoPartner();
        Map<String, Object> body = complete("Demande du partenaire " + DirectoryFixtures.word());
        body.put("buyerOrganisationId", buyer.organisationId().toString());

        SourcingFixtures.partner(DemoAccounts.CLIENT_ID, "sourcing:read").as().body(body).when().post(BASE).then()
                .statusCode(403).header("WWW-Authenticate", org.hamcrest.Matchers.containsString("sourcing:write"));
        assertThat(countByTitle((String) body.get("title"))).isZero();

        UUID id = create(partner, body);
        SourcingRequest request = stored(id);
        assertThat(request.authorClientId).isEqualTo(DemoAccounts.CLIENT_ID);
        assertThat(request.authorUserId).isNull();
        partner.as().when().get(BASE + "/" + id).then().statusCode(200).body("authorName", not(nullValue()))
                .body("authorUserId", nullValue());
        buyer.as().when().get(BASE + "/" + id).then().statusCode(200);

        Caller otherPartner = SourcingFixtures.partner("un-autre-client", "sourcing:write", "sourcing:read");
        otherPartner.as().when().get(BASE + "/" + id).then().statusCode(404);
        otherPartner.as().when().get(BASE).then().statusCode(200).body("items.id", not(hasItem(id.toString())));
        partner.as().queryParam("size", 100).when().get(BASE).then().statusCode(200).body("items.id", hasItem(id.toString()));
        SourcingFixtures.partner(DemoAccounts.CLIENT_ID, "sourcing:write").as().when().get(BASE + "/" + id).then()
                .statusCode(403);
    }

    @Test
    void every_invalid_field_is_named_in_french() {
        Caller buyer = buyer();
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("title", "   ");
        body.put("sectors", List.of("pas-un-secteur"));
        body.put("prestaTypes", List.of("LIVRAISON"));
        body.put("kinds", List.of("SARL"));
        body.put("departments", List.of("93", "999"));
        body.put("lat", 48.86);
        body.put("lon", 2.44);
        body.put("radiusKm", 10);
        body.put("amountMin", 5000);
        body.put("amountMax", 1000);
        body.put("responseDeadline", today().minusDays(1).toString());
        body.put("targetStructureIds", List.of(UUID.randomUUID().toString()));

        buyer.as().body(body).when().post(BASE).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", containsInAnyOrder("title", "channel", "sectors", "prestaTypes", "kinds",
                        "departments", "departments", "amountMax", "responseDeadline", "targetStructureIds[0]"))
                .body("errors.find { it.field == 'title' }.message", equalTo("Le titre est obligatoire."));
        assertThat(countForOrganisation(buyer.organisationId())).isZero();
    }

    @Test
    void a_place_is_departments_or_a_whole_point_whose_department_comes_from_the_nearest_commune() {
        Caller buyer = buyer();
        Map<String, Object> body = complete("Autour de Montreuil");
        body.remove("departments");
        body.put("lat", 48.8611);
        body.put("lon", 2.4437);
        buyer.as().body(body).when().post(BASE).then().statusCode(400)
                .body("errors.field", equalTo(List.of("radiusKm")));

        body.put("radiusKm", 15);
        body.put("placeLabel", "Montreuil");
        UUID id = create(buyer, body);
        buyer.as().when().get(BASE + "/" + id).then().statusCode(200).body("department", equalTo("93"))
                .body("placeLabel", equalTo("Montreuil")).body("radiusKm", equalTo(15)).body("departments", equalTo(List.of()));
        SourcingRequest request = stored(id);
        assertThat(request.placeDepartment).isEqualTo("93");
        assertThat(request.latitude).isEqualTo(48.8611);
        buyer.as().when().post(BASE + "/" + id + "/submit").then().statusCode(200);
    }

    @Test
    void subcontracting_refers_to_an_existing_ongoing_contract() {
        Caller buyer = buyer();
        Map<String, Object> body = complete("Sous-traitance " + DirectoryFixtures.word());
        body.put("channel", "SUBCONTRACTING");
        buyer.as().body(body).when().post(BASE).then().statusCode(400)
                .body("errors.field", equalTo(List.of("ongoingContractId")));
        body.put("ongoingContractId", UUID.randomUUID().toString());
        buyer.as().body(body).when().post(BASE).then().statusCode(400)
                .body("errors.field", equalTo(List.of("ongoingContractId")));
        assertThat(countByTitle((String) body.get("title"))).isZero();

        UUID contract = ongoingContract(buyer.organisationId());
        body.put("ongoingContractId", contract.toString());
        UUID id = create(buyer, body);
        assertThat(stored(id).ongoingContractId).isEqualTo(contract);
    }

    @Test
    void a_draft_is_rewritten_with_if_match_and_only_while_in_draft() {
        Caller buyer = buyer();
        UUID id = create(buyer, complete("Premier titre"));
        Map<String, Object> body = complete("Second titre");

        buyer.as().body(body).when().put(BASE + "/" + id).then().statusCode(428);
        buyer.as().header("If-Match", "\"7\"").body(body).when().put(BASE + "/" + id).then().statusCode(412);
        buyer().as().header("If-Match", "\"0\"").body(body).when().put(BASE + "/" + id).then().statusCode(404);
        assertThat(stored(id).title).isEqualTo("Premier titre");

        buyer.as().header("If-Match", "\"0\"").body(body).when().put(BASE + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Second titre"));
        assertThat(stored(id).title).isEqualTo("Second titre");

        buyer.as().when().post(BASE + "/" + id + "/submit").then().statusCode(200);
        buyer.as().header("If-Match", "\"2\"").body(complete("Troisième titre")).when().put(BASE + "/" + id).then()
                .statusCode(409).body("detail", org.hamcrest.Matchers.containsString("soumise"));
        assertThat(stored(id).title).isEqualTo("Second titre");
    }

    @Test
    void a_facilitator_reviewing_a_submitted_request_picks_structures_and_keeps_it_complete() {
        Caller buyer = buyer();
        Caller facilitator = facilitator();
        UUID target = SourcingFixtures.structure();
        UUID left = SourcingFixtures.structure();
        UUID id = create(buyer, complete("Revue " + DirectoryFixtures.word()));
        buyer.as().when().post(BASE + "/" + id + "/submit").then().statusCode(200);

        Map<String, Object> body = complete("Revue corrigée");
        body.put("buyerOrganisationId", buyer.organisationId().toString());
        body.put("targetStructureIds", List.of(target.toString()));
        body.put("excludedStructureIds", List.of(left.toString()));
        facilitator.as().header("If-Match", "\"1\"").body(body).when().put(BASE + "/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("targetStructureIds", contains(target.toString()))
                .body("excludedStructureIds", contains(left.toString()));
        SourcingRequest reviewed = stored(id);
        assertThat(reviewed.targetStructureIds).containsExactly(target);
        assertThat(reviewed.excludedStructureIds).containsExactly(left);
        assertThat(reviewed.title).isEqualTo("Revue corrigée");

        // It must stay complete, and the buyer no longer edits it.
        body.remove("sectors");
        facilitator.as().header("If-Match", "\"2\"").body(body).when().put(BASE + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("sectors"));
        buyer.as().header("If-Match", "\"2\"").body(complete("Par l'acheteur")).when().put(BASE + "/" + id).then()
                .statusCode(409);
        assertThat(stored(id).title).isEqualTo("Revue corrigée");
    }

    @Test
    void who_sees_a_request() {
        Caller buyer = buyer();
        UUID structure = SourcingFixtures.structure();
        UUID id = create(buyer, complete("Visible de qui ? " + DirectoryFixtures.word()));
        Caller siae = SourcingFixtures.siaeOf(structure);

        buyer().as().when().get(BASE + "/" + id).then().statusCode(404).contentType("application/problem+json");
        siae.as().when().get(BASE + "/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.valid(Roles.ADMIN)).when().get(BASE + "/" + id).then().statusCode(403);
        given().when().get(BASE + "/" + id).then().statusCode(401);
        facilitator().as().when().get(BASE + "/" + id).then().statusCode(200);
        buyer().as().queryParam("size", 100).when().get(BASE).then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
        siae.as().when().get(BASE).then().statusCode(403);

        SourcingFixtures.solicit(id, structure, "SENT", false);
        siae.as().when().get(BASE + "/" + id).then().statusCode(200).body("title", org.hamcrest.Matchers.startsWith("Visible"));
    }

    @Test
    void lists_filter_by_status_channel_and_text_with_the_solicitation_counts() {
        Caller buyer = buyer();
        String word = DirectoryFixtures.word();
        UUID draft = create(buyer, complete("Tonte " + word));
        Map<String, Object> negotiated = complete("Gardiennage");
        negotiated.put("channel", "NEGOTIATED");
        negotiated.put("description", "Surveillance du parking " + word);
        UUID other = create(buyer, negotiated);
        buyer.as().when().post(BASE + "/" + other + "/submit").then().statusCode(200);
        UUID first = SourcingFixtures.structure();
        UUID second = SourcingFixtures.structure();
        UUID third = SourcingFixtures.structure();
        SourcingFixtures.solicit(other, first, "INTERESTED", false);
        SourcingFixtures.solicit(other, second, "DECLINED", false);
        SourcingFixtures.solicit(other, third, "SENT", true);

        buyer.as().when().get(BASE).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.id", equalTo(List.of(other.toString(), draft.toString())))
                .body("items[0].buyerOrganisationName", not(nullValue()))
                .body("items[0].placeLabel", equalTo("Seine-Saint-Denis (93)"))
                .body("items[0].counts.solicited", equalTo(3)).body("items[0].counts.interested", equalTo(1))
                .body("items[0].counts.declined", equalTo(1)).body("items[0].counts.notAnswered", equalTo(1))
                .body("items[0].counts.unreachable", equalTo(1)).body("items[1].counts.solicited", equalTo(0));
        buyer.as().queryParam("status", "DRAFT").when().get(BASE).then().body("items.id", equalTo(List.of(draft.toString())));
        buyer.as().queryParam("channel", "NEGOTIATED").when().get(BASE).then().body("items.id", equalTo(List.of(other.toString())));
        buyer.as().queryParam("q", word.toUpperCase()).when().get(BASE).then().body("totalItems", equalTo(2));
        buyer.as().queryParam("q", "tonte " + word).when().get(BASE).then().body("items.id", equalTo(List.of(draft.toString())));
        buyer.as().queryParam("status", "OUVERT").when().get(BASE).then().statusCode(400);
        buyer.as().when().get(BASE + "/" + other).then().body("counts.interested", equalTo(1));
        facilitator().as().queryParam("q", word).when().get(BASE).then().body("totalItems", equalTo(2));
    }

    @Test
    void sort_orders_the_whole_list_before_paging_oldest_waiting_first_or_nearest_deadline_first() {
        Caller buyer = buyer();
        Caller facilitator = facilitator();
        Instant now = Instant.now();
        // created, submitted (null: a draft), deadline in days (null: none)
        UUID a = dated(buyer, now.minus(10, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS), 30);
        UUID b = dated(buyer, now.minus(5, ChronoUnit.DAYS), now.minus(4, ChronoUnit.DAYS), 10);
        UUID c = dated(buyer, now.minus(3, ChronoUnit.DAYS), null, null);
        UUID d = dated(buyer, now.minus(1, ChronoUnit.HOURS), now.minus(30, ChronoUnit.MINUTES), 15);

        assertThat(listed(buyer, Map.of())).containsExactly(d, c, b, a);
        assertThat(listed(buyer, Map.of("sort", "newest"))).containsExactly(d, c, b, a);
        assertThat(listed(buyer, Map.of("sort", "oldest"))).containsExactly(b, c, a, d);
        assertThat(listed(buyer, Map.of("sort", "deadline"))).containsExactly(b, d, a, c);
        // the second page of the oldest first: the newest ones, not the first page turned around
        buyer.as().queryParams(Map.of("sort", "oldest", "size", 2, "page", 1)).when().get(BASE).then().statusCode(200)
                .body("totalItems", equalTo(4)).body("page", equalTo(1))
                .body("items.id", equalTo(List.of(a.toString(), d.toString())));
        // the facilitator's queue: submitted only, waiting longest first
        assertThat(listed(buyer, Map.of("sort", "oldest", "status", "SUBMITTED"))).containsExactly(b, a, d);
        assertThat(listed(facilitator, Map.of("sort", "oldest", "status", "SUBMITTED", "q",
                stored(a).title.split(" ")[1]))).containsExactly(a);
        assertThat(SourcingFixtures.statusInDatabase(c)).isEqualTo("DRAFT");
        assertThat(SourcingFixtures.statusInDatabase(d)).isEqualTo("SUBMITTED");
    }

    @Test
    void an_unknown_sort_is_a_400_naming_the_parameter() {
        for (String wrong : List.of("recent", "OLDEST")) {
            buyer().as().queryParam("sort", wrong).when().get(BASE).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "validation"))
                    .body("errors.field", equalTo(List.of("sort")));
        }
    }

    /** A request of this buyer created (and submitted) at these times, with this deadline (days from today). */
    private static UUID dated(Caller buyer, Instant created, Instant submitted, Integer deadlineInDays) {
        UUID id = create(buyer, complete("Besoin " + DirectoryFixtures.word()));
        if (submitted != null) {
            buyer.as().when().post(BASE + "/" + id + "/submit").then().statusCode(200);
        }
        // created_at is not updatable through the entity; a draft's submission date stays null
        QuarkusTransaction.requiringNew().run(() -> {
            var entityManager = SourcingRequest.getEntityManager();
            entityManager.createNativeQuery("update sourcing_request set created_at = ?1, response_deadline = "
                    + (deadlineInDays == null ? "null" : "current_date + " + deadlineInDays) + " where id = ?2")
                    .setParameter(1, created).setParameter(2, id).executeUpdate();
            if (submitted != null) {
                entityManager.createNativeQuery("update sourcing_request set submitted_at = ?1 where id = ?2")
                        .setParameter(1, submitted).setParameter(2, id).executeUpdate();
            }
        });
        return id;
    }

    private static List<UUID> listed(Caller caller, Map<String, ?> query) {
        List<String> ids = caller.as().queryParams(query).queryParam("size", 100).when().get(BASE).then().statusCode(200)
                .extract().path("items.id");
        return ids.stream().map(UUID::fromString).toList();
    }

    private static long countByTitle(String title) {
        return QuarkusTransaction.requiringNew().call(() -> SourcingRequest.count("title", title.strip()));
    }

    private static long countForOrganisation(UUID organisationId) {
        return QuarkusTransaction.requiringNew().call(() -> SourcingRequest.count("buyerOrganisationId", organisationId));
    }

    static UUID organisation(OrganisationKind kind, boolean active) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation organisation = Organisation.create("Organisation " + UUID.randomUUID(), kind, active);
            organisation.persist();
            return organisation.id;
        });
    }

    static UUID ongoingContract(UUID buyerOrganisationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OngoingContract contract = new OngoingContract();
            contract.id = UUID.randomUUID();
            contract.buyerOrganisationId = buyerOrganisationId;
            contract.title = "Marché de propreté";
            contract.holderName = "Titulaire SA";
            contract.persist();
            return contract.id;
        });
    }
}
