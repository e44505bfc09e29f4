package fr.relanceiae.directory.profile;

import static fr.relanceiae.directory.DirectoryFixtures.ADMIN;
import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.FACILITATOR;
import static fr.relanceiae.directory.DirectoryFixtures.PARTNER;
import static fr.relanceiae.directory.DirectoryFixtures.as;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.get;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static fr.relanceiae.directory.DirectoryFixtures.siaeElsewhere;
import static fr.relanceiae.directory.DirectoryFixtures.siaeOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class StructureResourceTest {

    private static final String PROBLEMS = "https://relance-iae.fr/problems/";

    @Test
    void a_facilitator_creates_a_structure_with_its_own_siae_organisation() {
        Map<String, Object> body = profile("Régie de quartier Test");
        body.put("naf", "81.21z");
        body.put("website", "www.regie-test.fr");
        body.put("siret", "  " + body.get("siret") + " ");

        var response = as(FACILITATOR).body(body).when().post("/api/v1/structures").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Régie de quartier Test"))
                .body("naf", equalTo("8121Z"))
                .body("website", equalTo("https://www.regie-test.fr"))
                .body("department", equalTo("93"))
                .body("active", equalTo(true))
                .body("completionRate", equalTo(73))
                .extract();
        UUID id = UUID.fromString(response.path("id"));
        assertThat(response.header("Location")).endsWith("/api/v1/structures/" + id);

        QuarkusTransaction.requiringNew().run(() -> {
            Structure stored = Structure.findById(id);
            assertThat(stored.siret).isEqualTo(((String) body.get("siret")).strip());
            assertThat(stored.organisation.name).isEqualTo("Régie de quartier Test");
            assertThat(stored.organisation.kind.name()).isEqualTo("SIAE");
        });
    }

    @Test
    void an_invalid_siret_a_missing_name_and_an_unknown_department_are_validation_errors() {
        Map<String, Object> body = profile(" ");
        body.put("siret", "12345678901234");
        body.put("department", "99");
        as(FACILITATOR).body(body).when().post("/api/v1/structures").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", equalTo(List.of("siret", "name", "department")));
    }

    @Test
    void a_la_poste_siret_is_accepted_by_its_own_rule() {
        Map<String, Object> body = profile("Bureau de poste solidaire");
        body.put("siret", "35600000049837");
        as(ADMIN).body(body).when().post("/api/v1/structures").then().statusCode(201)
                .body("siret", equalTo("35600000049837"));
    }

    @Test
    void a_second_structure_with_the_same_siret_is_a_conflict() {
        Map<String, Object> body = profile("Premier");
        create(body);
        body.put("name", "Second");
        as(FACILITATOR).body(body).when().post("/api/v1/structures").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "conflict"));
    }

    @Test
    void only_facilitators_and_admins_create_structures() {
        as(BUYER).body(profile("X")).when().post("/api/v1/structures").then().statusCode(403);
        as(siaeElsewhere()).body(profile("X")).when().post("/api/v1/structures").then().statusCode(403);
        given().contentType(ContentType.JSON).body(profile("X")).when().post("/api/v1/structures").then()
                .statusCode(401).body("type", equalTo(PROBLEMS + "unauthorized"));
    }

    @Test
    void empty_optional_fields_are_left_out_of_the_profile_not_sent_as_null() {
        UUID id = create(profile("Sans Enseigne"));
        get(id, FACILITATOR).then().statusCode(200)
                .body("name", equalTo("Sans Enseigne"))
                .body("$", not(hasKey("brand")))
                .body("$", not(hasKey("website")))
                .body("$", not(hasKey("phone")));
    }

    @Test
    void buyers_and_partners_see_the_public_profile_only() {
        UUID id = create(profile("Confidentiel SARL"));
        for (String token : List.of(BUYER, PARTNER, siaeElsewhere())) {
            get(id, token).then().statusCode(200)
                    .body("name", equalTo("Confidentiel SARL"))
                    .body("insertionFte", equalTo(12.5f))
                    .body("$", not(hasKey("annualRevenue")))
                    .body("$", not(hasKey("permanentHeadcount")))
                    .body("$", not(hasKey("contactName")));
        }
        for (String token : List.of(FACILITATOR, ADMIN, siaeOf(id))) {
            get(id, token).then().statusCode(200)
                    .body("annualRevenue", equalTo(480000))
                    .body("permanentHeadcount", equalTo(7))
                    .body("contactName", equalTo("Camille Martin"));
        }
        // A visitor without an account reads the public profile, without any way to reach the structure.
        given().when().get("/api/v1/structures/" + id).then().statusCode(200)
                .body("name", equalTo("Confidentiel SARL"))
                .body("contactsHidden", equalTo(true))
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("phone")))
                .body("$", not(hasKey("contactName")))
                .body("$", not(hasKey("annualRevenue")));
    }

    @Test
    void a_structure_is_found_by_siret_with_or_without_spaces() {
        Map<String, Object> body = profile("Par SIRET");
        UUID id = create(body);
        String siret = (String) body.get("siret");
        String spaced = siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6);
        given().auth().oauth2(BUYER).when().get("/api/v1/structures/by-siret/" + spaced).then().statusCode(200)
                .header("ETag", "\"0\"").body("id", equalTo(id.toString()));
        given().auth().oauth2(BUYER).when().get("/api/v1/structures/by-siret/" + DirectoryFixtures.siret()).then()
                .statusCode(404);
        given().when().get("/api/v1/structures/by-siret/" + siret).then().statusCode(200)
                .body("id", equalTo(id.toString())).body("contactsHidden", equalTo(true));
    }

    @Test
    void updating_needs_the_current_etag() {
        UUID id = create(profile("Version"));
        Map<String, Object> body = profile("Version 2");
        body.put("siret", get(id, FACILITATOR).path("siret"));

        as(FACILITATOR).body(body).when().put("/api/v1/structures/" + id).then().statusCode(428)
                .body("type", equalTo(PROBLEMS + "precondition-required"));
        as(FACILITATOR).header("If-Match", "\"7\"").body(body).when().put("/api/v1/structures/" + id).then()
                .statusCode(412).body("type", equalTo(PROBLEMS + "precondition-failed"));
        as(FACILITATOR).header("If-Match", "\"0\"").body(body).when().put("/api/v1/structures/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Version 2")).body("version", equalTo(1));
        as(FACILITATOR).header("If-Match", "\"0\"").body(body).when().put("/api/v1/structures/" + id).then()
                .statusCode(412);

        QuarkusTransaction.requiringNew().run(() -> assertThat(Structure.<Structure>findById(id).name).isEqualTo("Version 2"));
    }

    @Test
    void read_only_fields_sent_back_are_ignored() {
        UUID id = create(profile("Lecture seule"));
        Map<String, Object> detail = get(id, FACILITATOR).then().extract().jsonPath().getMap("$");
        detail.put("completionRate", 3);
        detail.put("createdAt", "2001-01-01T00:00:00Z");
        detail.put("description", "Nouvelle description");
        as(FACILITATOR).header("If-Match", "\"0\"").body(detail).when().put("/api/v1/structures/" + id).then()
                .statusCode(200).body("description", equalTo("Nouvelle description"))
                .body("completionRate", not(equalTo(3)))
                .body("createdAt", not(equalTo("2001-01-01T00:00:00Z")));
    }

    @Test
    void a_siae_user_edits_its_own_structure_but_not_its_siret_kind_or_activation() {
        UUID id = create(profile("Ma structure"));
        String siae = siaeOf(id);
        Map<String, Object> body = profile("Ma structure modifiée");
        body.put("siret", get(id, FACILITATOR).path("siret"));
        as(siae).header("If-Match", "\"0\"").body(body).when().put("/api/v1/structures/" + id).then().statusCode(200)
                .body("name", equalTo("Ma structure modifiée"));

        body.put("kind", "EI");
        as(siae).header("If-Match", "\"1\"").body(body).when().put("/api/v1/structures/" + id).then().statusCode(403);
        body.put("kind", "ACI");
        body.put("active", false);
        as(siae).header("If-Match", "\"1\"").body(body).when().put("/api/v1/structures/" + id).then().statusCode(403);
        body.put("active", true);
        body.put("siret", DirectoryFixtures.siret());
        as(siae).header("If-Match", "\"1\"").body(body).when().put("/api/v1/structures/" + id).then().statusCode(403);

        QuarkusTransaction.requiringNew().run(() -> {
            Structure stored = Structure.findById(id);
            assertThat(stored.kind.name()).isEqualTo("ACI");
            assertThat(stored.active).isTrue();
            assertThat(stored.version).isEqualTo(1);
        });
    }

    @Test
    void a_siae_user_cannot_edit_another_structure() {
        UUID id = create(profile("Pas à moi"));
        Map<String, Object> body = profile("Piratée");
        body.put("siret", get(id, FACILITATOR).path("siret"));
        as(siaeElsewhere()).header("If-Match", "\"0\"").body(body).when().put("/api/v1/structures/" + id).then()
                .statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        as(siaeElsewhere()).body(DirectoryFixtures.offer("Offre")).when()
                .post("/api/v1/structures/" + id + "/offers").then().statusCode(403);
        as(BUYER).header("If-Match", "\"0\"").body(body).when().put("/api/v1/structures/" + id).then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).when()
                .put("/api/v1/structures/" + id).then().statusCode(401);
        QuarkusTransaction.requiringNew().run(() -> assertThat(Structure.<Structure>findById(id).name).isEqualTo("Pas à moi"));
    }

    @Test
    void a_facilitator_deactivates_a_structure_which_leaves_the_default_search() {
        String word = DirectoryFixtures.word();
        UUID id = create(profile("Désactivée " + word));
        Map<String, Object> body = profile("Désactivée " + word);
        body.put("siret", get(id, FACILITATOR).path("siret"));
        body.put("active", false);
        as(FACILITATOR).header("If-Match", "\"0\"").body(body).when().put("/api/v1/structures/" + id).then()
                .statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(BUYER).queryParam("q", word).when().get("/api/v1/structures").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(FACILITATOR).queryParam("q", word).queryParam("active", false).when()
                .get("/api/v1/structures").then().statusCode(200).body("items.id", equalTo(List.of(id.toString())));
        given().auth().oauth2(BUYER).queryParam("active", false).when().get("/api/v1/structures").then().statusCode(403);
    }

    @Test
    void activities_have_their_own_etag() {
        UUID id = create(profile("Activités"));
        String siae = siaeOf(id);
        var created = as(siae).body(DirectoryFixtures.activity("nettoyage-de-locaux", "DEPARTMENTS", List.of("93", "75"), null))
                .when().post("/api/v1/structures/" + id + "/activities").then().statusCode(201).header("ETag", "\"0\"")
                .body("geoDepartments", equalTo(List.of("75", "93")))
                .extract();
        String activityId = created.path("id");
        var update = DirectoryFixtures.activity("nettoyage-de-locaux", "RADIUS", null, 25);

        as(siae).body(update).when().put("/api/v1/activities/" + activityId).then().statusCode(428);
        as(siae).header("If-Match", "\"3\"").body(update).when().put("/api/v1/activities/" + activityId).then().statusCode(412);
        as(siae).header("If-Match", "\"0\"").body(update).when().put("/api/v1/activities/" + activityId).then()
                .statusCode(200).header("ETag", "\"1\"").body("geoRange", equalTo("RADIUS")).body("geoRadiusKm", equalTo(25))
                .body("geoDepartments", equalTo(List.of()));
        as(siaeElsewhere()).header("If-Match", "\"1\"").when().delete("/api/v1/activities/" + activityId).then().statusCode(403);
        as(siae).when().delete("/api/v1/activities/" + activityId).then().statusCode(428);
        as(siae).header("If-Match", "\"0\"").when().delete("/api/v1/activities/" + activityId).then().statusCode(412);
        as(siae).header("If-Match", "\"1\"").when().delete("/api/v1/activities/" + activityId).then().statusCode(204);
        QuarkusTransaction.requiringNew().run(() -> assertThat(Activity.<Activity>findById(UUID.fromString(activityId))).isNull());
        as(BUYER).header("If-Match", "\"1\"").when().delete("/api/v1/activities/" + activityId).then().statusCode(403);
        given().header("If-Match", "\"1\"").when().delete("/api/v1/activities/" + activityId).then().statusCode(401);
    }

    @Test
    void an_activity_needs_a_known_sector_and_a_complete_range() {
        UUID id = create(profile("Activité invalide"));
        as(FACILITATOR).body(DirectoryFixtures.activity("pas-un-secteur", "RADIUS", null, null)).when()
                .post("/api/v1/structures/" + id + "/activities").then().statusCode(400)
                .body("errors.field", equalTo(List.of("sector", "geoRadiusKm")));
        as(FACILITATOR).body(DirectoryFixtures.activity("plomberie", "DEPARTMENTS", List.of("99"), null)).when()
                .post("/api/v1/structures/" + id + "/activities").then().statusCode(400)
                .body("errors.field", hasItem("geoDepartments"));
        DirectoryFixtures.addActivity(id, DirectoryFixtures.activity("plomberie", "COUNTRY", null, null));
        as(FACILITATOR).body(DirectoryFixtures.activity("plomberie", "COUNTRY", null, null)).when()
                .post("/api/v1/structures/" + id + "/activities").then().statusCode(409);
    }

    @Test
    void offers_have_their_own_etag() {
        UUID id = create(profile("Catalogue"));
        String siae = siaeOf(id);
        String offerId = as(siae).body(DirectoryFixtures.offer("Nettoyage de bureaux")).when()
                .post("/api/v1/structures/" + id + "/offers").then().statusCode(201).header("ETag", "\"0\"")
                .body("unit", equalTo("m²")).extract().path("id");
        Map<String, Object> update = DirectoryFixtures.offer("Nettoyage de vitres");
        update.put("priceMin", 5);
        as(siae).body(update).when().put("/api/v1/offers/" + offerId).then().statusCode(428);
        as(siae).header("If-Match", "\"1\"").body(update).when().put("/api/v1/offers/" + offerId).then().statusCode(412);
        as(siae).header("If-Match", "\"0\"").body(update).when().put("/api/v1/offers/" + offerId).then().statusCode(400)
                .body("errors.field", equalTo(List.of("priceMax")));
        update.put("priceMax", 8);
        as(siae).header("If-Match", "\"0\"").body(update).when().put("/api/v1/offers/" + offerId).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Nettoyage de vitres"));
        get(id, BUYER).then().body("offers.title", equalTo(List.of("Nettoyage de vitres")));
        as(siae).header("If-Match", "\"0\"").when().delete("/api/v1/offers/" + offerId).then().statusCode(412);
        as(siae).header("If-Match", "\"1\"").when().delete("/api/v1/offers/" + offerId).then().statusCode(204);
        get(id, BUYER).then().body("offers", equalTo(List.of()));
        as(BUYER).body(update).when().post("/api/v1/structures/" + id + "/offers").then().statusCode(403);
        given().contentType(ContentType.JSON).body(update).when().post("/api/v1/structures/" + id + "/offers").then()
                .statusCode(401);
    }

    @Test
    void offers_are_checked_by_the_same_rules_on_create_and_update() {
        UUID id = create(profile("Catalogue vérifié"));
        Map<String, Object> unknown = DirectoryFixtures.offer("Vitres");
        unknown.put("sector", "inconnu");
        as(FACILITATOR).body(unknown).when().post("/api/v1/structures/" + id + "/offers").then().statusCode(400)
                .body("errors.field", equalTo(List.of("sector")));
        Map<String, Object> untidy = DirectoryFixtures.offer("  Vitres  ");
        untidy.put("sector", "Nettoyage-De-Locaux");
        untidy.put("unit", " ");
        String offerId = as(FACILITATOR).body(untidy).when().post("/api/v1/structures/" + id + "/offers").then()
                .statusCode(201).body("title", equalTo("Vitres")).body("sector", equalTo("nettoyage-de-locaux"))
                .body("unit", nullValue()).extract().path("id");
        as(FACILITATOR).header("If-Match", "\"0\"").body(unknown).when().put("/api/v1/offers/" + offerId).then()
                .statusCode(400).body("errors.field", equalTo(List.of("sector")));
        get(id, BUYER).then().body("offers.sector", equalTo(List.of("nettoyage-de-locaux")));
    }

    @Test
    void labels_and_networks_are_listed_for_everyone_visitors_included() {
        given().auth().oauth2(PARTNER).when().get("/api/v1/structure-labels").then().statusCode(200)
                .body("code", hasItem("rge")).body("name", hasItem("B Corp"));
        given().auth().oauth2(BUYER).when().get("/api/v1/structure-networks").then().statusCode(200)
                .body("code", hasItem("emmaus-france"));
        given().when().get("/api/v1/structure-labels").then().statusCode(200).body("code", hasItem("rge"));
        given().when().get("/api/v1/structure-networks").then().statusCode(200).body("code", hasItem("emmaus-france"));
    }

    @Test
    void the_demo_siae_user_acts_for_a_demo_structure() {
        String token = fr.relanceiae.testing.TestAccounts.demoToken(fr.relanceiae.demo.DemoAccounts.SIAE);
        String id = given().auth().oauth2(FACILITATOR).when()
                .get("/api/v1/structures/by-siret/" + fr.relanceiae.demo.DirectoryDemoData.DEMO_SIAE_SIRET)
                .then().statusCode(200).body("name", equalTo("Les Jardins de Cocagne Montreuil")).extract().path("id");
        given().auth().oauth2(token).when().get("/api/v1/structures/" + id).then().statusCode(200)
                .body("annualRevenue", not(nullValue()));
    }

    @Test
    void a_siae_user_lists_its_organisation_structures_only() {
        String siae = fr.relanceiae.testing.TestAccounts.demoToken(fr.relanceiae.demo.DemoAccounts.SIAE);
        given().auth().oauth2(siae).when().get("/api/v1/me/structures").then().statusCode(200)
                .body("siret", equalTo(List.of(fr.relanceiae.demo.DirectoryDemoData.DEMO_SIAE_SIRET)))
                .body("[0].name", equalTo("Les Jardins de Cocagne Montreuil"));
        UUID own = create(profile("Mienne"));
        given().auth().oauth2(siaeOf(own)).when().get("/api/v1/me/structures").then().statusCode(200)
                .body("id", equalTo(List.of(own.toString()))).body("[0].active", equalTo(true));
        given().auth().oauth2(siaeElsewhere()).when().get("/api/v1/me/structures").then().statusCode(200)
                .body("", equalTo(List.of()));
        for (String other : new String[] { BUYER, FACILITATOR, ADMIN, PARTNER }) {
            given().auth().oauth2(other).when().get("/api/v1/me/structures").then().statusCode(403);
        }
        given().when().get("/api/v1/me/structures").then().statusCode(401);
    }
}
