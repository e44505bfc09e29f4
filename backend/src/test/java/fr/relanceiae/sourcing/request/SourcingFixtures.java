package fr.relanceiae.sourcing.request;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.relanceiae.account.Role;
import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Callers with real accounts, complete request bodies, and requests driven to a status through the API. */
final class SourcingFixtures {

    static final String BASE = "/api/v1/sourcing-requests";
    static final String PROBLEMS = "https://relance-iae.fr/problems/";

    /** A caller: its token, organisation and (for a person) user id. */
    record Caller(String token, UUID organisationId, UUID userId) {
        RequestSpecification as() {
            return given().auth().oauth2(token).contentType(ContentType.JSON);
        }
    }

    private SourcingFixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** A buyer alone in a new public buyer organisation. */
    static Caller buyer() {
        return person(Role.buyer, Roles.BUYER);
    }

    static Caller facilitator() {
        return person(Role.facilitator, Roles.FACILITATOR);
    }

    private static Caller person(Role role, String group) {
        TestAccounts.TestUser user = TestAccounts.user(role);
        return new Caller(TestTokens.claims(group).subject(user.id().toString())
                .claim("org", user.organisationId().toString()).sign(), user.organisationId(), user.id());
    }

    /** A partner client (the demo one, or another id) with these scopes. */
    static Caller partner(String clientId, String... scopes) {
        UUID organisationId = UUID.randomUUID();
        return new Caller(TestTokens.claims(Roles.PARTNER).subject(clientId).claim("org", organisationId.toString())
                .claim("scope", String.join(" ", scopes)).sign(), organisationId, null);
    }

    static Caller demoPartner() {
        return partner(DemoAccounts.CLIENT_ID, "sourcing:write", "sourcing:read");
    }

    /** A siae user of the organisation that owns this structure. */
    static Caller siaeOf(UUID structureId) {
        String organisationId = DirectoryFixtures.get(structureId, DirectoryFixtures.FACILITATOR).then().statusCode(200)
                .extract().path("organisationId");
        return new Caller(TestTokens.claims(Roles.SIAE).claim("org", organisationId).sign(),
                UUID.fromString(organisationId), null);
    }

    /** A complete request: it can be submitted as it is. */
    static Map<String, Object> complete(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Entretien hebdomadaire de 800 m² de bureaux.");
        body.put("channel", "QUOTE");
        body.put("sectors", List.of("nettoyage-de-locaux"));
        body.put("departments", List.of("93"));
        body.put("responseDeadline", today().plusDays(14).toString());
        return body;
    }

    static UUID create(Caller caller, Map<String, Object> body) {
        return UUID.fromString(caller.as().body(body).when().post(BASE).then().statusCode(201).extract().path("id"));
    }

    /** A complete request of this buyer, driven to the status through the API (CLOSED: cancelled from draft). */
    static UUID inStatus(Caller buyer, Caller facilitator, String status) {
        UUID id = create(buyer, complete("Demande " + status + " " + DirectoryFixtures.word()));
        if (status.equals("DRAFT")) {
            return id;
        }
        if (status.equals("CLOSED")) {
            buyer.as().body(Map.of("outcome", "CANCELLED")).when().post(BASE + "/" + id + "/close").then().statusCode(200);
            return id;
        }
        buyer.as().when().post(BASE + "/" + id + "/submit").then().statusCode(200);
        if (status.equals("PUBLISHED")) {
            facilitator.as().when().post(BASE + "/" + id + "/publish").then().statusCode(200);
        }
        return id;
    }

    static String statusInDatabase(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> SourcingRequest.<SourcingRequest>findById(id).status.name());
    }

    static SourcingRequest stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SourcingRequest request = SourcingRequest.findById(id);
            request.awards.size();
            return request;
        });
    }

    /** A solicitation of the structure for the request, written directly (the solicitations come later). */
    static void solicit(UUID requestId, UUID structureId, String status, boolean unreachable) {
        QuarkusTransaction.requiringNew().run(() -> SourcingRequest.getEntityManager().createNativeQuery(
                "insert into solicitation (id, request_id, structure_id, origin, status, unreachable, sent_at, created_at, "
                        + "updated_at) values (:id, :request, :structure, 'ADDED', :status, :unreachable, now(), now(), now())")
                .setParameter("id", UUID.randomUUID()).setParameter("request", requestId)
                .setParameter("structure", structureId).setParameter("status", status)
                .setParameter("unreachable", unreachable).executeUpdate());
    }

    /** A structure of the directory (its own siae organisation). */
    static UUID structure() {
        return DirectoryFixtures.create(DirectoryFixtures.profile("Structure sourcing " + DirectoryFixtures.word()));
    }
}
