package fr.relanceiae.sourcing.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.sourcing.request.SourcingFixtures;
import fr.relanceiae.sourcing.request.SourcingRequest;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The match preview and the potential counter over the API, on structures placed in
 * Mende and Foix, far from every other fixture, so that the counts are exact.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
public class MatchPreviewTest {

    /** A place of its own for each test: the database is shared by the test classes. */
    private record Place(String commune, String postCode, String department, double lat, double lon) {
    }

    private static final Place MENDE = new Place("Mende", "48000", "48", 44.5181, 3.5008);
    private static final Place FOIX = new Place("Foix", "09000", "09", 42.9653, 1.6069);

    private final Caller buyer = SourcingFixtures.buyer();
    private final Caller facilitator = SourcingFixtures.facilitator();

    @Test
    void facilitatorsSeeTheRankedCandidatesWithTheirReasonsAndWhatWasDecidedAboutThem() {
        UUID cleaner = structureIn(MENDE, "nettoyage-de-locaux");
        structureIn(MENDE, "creation-et-entretien-des-espaces-verts");
        Map<String, Object> body = need(MENDE);
        body.put("buyerOrganisationId", buyer.organisationId().toString());
        UUID requestId = SourcingFixtures.create(facilitator, body);

        JsonPath preview = facilitator.as().when().get(matches(requestId)).then().statusCode(200).extract().jsonPath();
        assertThat(preview.getInt("total")).isEqualTo(1);
        assertThat(preview.getInt("reachable")).isEqualTo(1);
        assertThat(preview.getString("items[0].structureId")).isEqualTo(cleaner.toString());
        assertThat(preview.getList("items[0].reasons", String.class))
                .contains("Secteur : Nettoyage de locaux", "À moins de 100 m");
        assertThat(preview.getInt("items[0].score")).isBetween(0, 100);
        assertThat(preview.getBoolean("items[0].excluded")).isFalse();
        assertThat(preview.getBoolean("items[0].solicited")).isFalse();

        // Excluded by the facilitator: still listed, flagged, so that it can be taken back.
        body.put("excludedStructureIds", List.of(cleaner.toString()));
        String etag = facilitator.as().when().get("/api/v1/sourcing-requests/" + requestId).then().statusCode(200)
                .extract().header("ETag");
        facilitator.as().header("If-Match", etag).body(body).when().put("/api/v1/sourcing-requests/" + requestId)
                .then().statusCode(200);
        facilitator.as().when().get(matches(requestId)).then().statusCode(200)
                .body("total", is(1)).body("items[0].excluded", is(true));
    }

    @Test
    void onlyFacilitatorsReadThePreviewOfARequestThatExists() {
        UUID requestId = SourcingFixtures.create(buyer, need(MENDE));
        buyer.as().when().get(matches(requestId)).then().statusCode(403);
        facilitator.as().when().get(matches(UUID.randomUUID())).then().statusCode(404);
        facilitator.as().queryParam("limit", 0).when().get(matches(requestId)).then().statusCode(400)
                .contentType("application/problem+json");
        facilitator.as().queryParam("limit", "beaucoup").when().get(matches(requestId)).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void thePotentialCountsWhileTheBuyerTypesAndSavesNothing() {
        structureIn(FOIX, "nettoyage-de-locaux");
        long before = requestCount();

        buyer.as().body(Map.of("title", "Nettoyage")).when().post("/api/v1/sourcing-requests/potential")
                .then().statusCode(200).body("matching", is(0)).body("recommendation", is("NONE"));

        Map<String, Object> body = need(FOIX);
        buyer.as().body(body).when().post("/api/v1/sourcing-requests/potential").then().statusCode(200)
                .body("matching", is(1)).body("reachable", is(1)).body("recommendation", is("NONE"))
                .body("reason", is("Une seule structure peut répondre : trop peu pour un lot ou une clause sociale, "
                        + "mais vous pouvez la solliciter."));

        body.put("radiusKm", 0);
        buyer.as().body(body).when().post("/api/v1/sourcing-requests/potential").then().statusCode(400)
                .body("errors.field", hasItem("radiusKm"));
        assertThat(requestCount()).isEqualTo(before);
    }

    private static String matches(UUID requestId) {
        return "/api/v1/sourcing-requests/" + requestId + "/matches";
    }

    /** A need for office cleaning within 10 km of the place. */
    private static Map<String, Object> need(Place place) {
        Map<String, Object> body = new HashMap<>(SourcingFixtures.complete("Nettoyage de bureaux à " + place.commune()));
        body.remove("departments");
        body.put("lat", place.lat());
        body.put("lon", place.lon());
        body.put("radiusKm", 10);
        body.put("placeLabel", place.commune());
        return body;
    }

    /** A structure at the place, working in the place's department in this sector. */
    private static UUID structureIn(Place place, String sector) {
        Map<String, Object> profile = DirectoryFixtures.profile("Structure de " + place.commune() + " " + DirectoryFixtures.word());
        profile.put("postCode", place.postCode());
        profile.put("city", place.commune());
        profile.put("latitude", place.lat());
        profile.put("longitude", place.lon());
        UUID id = DirectoryFixtures.create(profile);
        DirectoryFixtures.addActivity(id, DirectoryFixtures.activity(sector, "DEPARTMENTS", List.of(place.department()), null));
        return id;
    }

    private static long requestCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) SourcingRequest
                .getEntityManager().createNativeQuery("select count(*) from sourcing_request").getSingleResult()).longValue());
    }
}
