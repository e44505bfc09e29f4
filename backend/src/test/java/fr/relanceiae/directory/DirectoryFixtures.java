package fr.relanceiae.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Structures made through the API for tests, with unique SIRETs and names. */
public final class DirectoryFixtures {

    public static final String FACILITATOR = TestTokens.valid(Roles.FACILITATOR);
    public static final String ADMIN = TestTokens.valid(Roles.ADMIN);
    public static final String BUYER = TestTokens.valid(Roles.BUYER);
    public static final String PARTNER = TestTokens.valid(Roles.PARTNER);

    private DirectoryFixtures() {
    }

    /** A random SIRET valid by Luhn (never La Poste's). */
    public static String siret() {
        StringBuilder digits = new StringBuilder("4");
        for (int i = 0; i < 12; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (int check = 0; check <= 9; check++) {
            if (Siret.isValid(digits.toString() + check)) {
                return digits.toString() + check;
            }
        }
        throw new IllegalStateException();
    }

    /** Another SIRET of the same SIREN (another establishment). */
    public static String siretOfSiren(String siren, int establishment) {
        String prefix = siren + String.format("%04d", establishment);
        for (int check = 0; check <= 9; check++) {
            if (Siret.isValid(prefix + check)) {
                return prefix + check;
            }
        }
        throw new IllegalStateException();
    }

    /** A made-up word no demo structure has, to find a test's own structures. */
    public static String word() {
        String letters = "bcdfghjklmnpqrstvwxz";
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }

    public static Map<String, Object> profile(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("siret", siret());
        body.put("name", name);
        body.put("kind", "ACI");
        body.put("postCode", "93100");
        body.put("city", "Montreuil");
        body.put("latitude", 48.8611);
        body.put("longitude", 2.4437);
        body.put("email", "contact@example.org");
        body.put("contactName", "Camille Martin");
        body.put("permanentHeadcount", 7);
        body.put("annualRevenue", 480000);
        body.put("insertionFte", 12.5);
        return body;
    }

    public static Map<String, Object> activity(String sector, String range, List<String> departments, Integer radius) {
        Map<String, Object> body = new HashMap<>();
        body.put("sector", sector);
        body.put("prestaTypes", List.of("SERVICE"));
        body.put("geoRange", range);
        body.put("geoDepartments", departments);
        body.put("geoRadiusKm", radius);
        return body;
    }

    public static Map<String, Object> offer(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Entretien régulier");
        body.put("sector", "nettoyage-de-locaux");
        body.put("prestaType", "SERVICE");
        body.put("unit", "m²");
        body.put("priceMin", 2);
        body.put("priceMax", 4);
        return body;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Creates the structure as a facilitator and answers its id. */
    public static UUID create(Map<String, Object> profile) {
        return UUID.fromString(as(FACILITATOR).body(profile).when().post("/api/v1/structures")
                .then().statusCode(201).extract().path("id"));
    }

    public static UUID addActivity(UUID structureId, Map<String, Object> activity) {
        return UUID.fromString(as(FACILITATOR).body(activity).when()
                .post("/api/v1/structures/" + structureId + "/activities").then().statusCode(201).extract().path("id"));
    }

    public static Response get(UUID structureId, String token) {
        return given().auth().oauth2(token).when().get("/api/v1/structures/" + structureId);
    }

    /** A siae user's token acting for the structure's organisation. */
    public static String siaeOf(UUID structureId) {
        String organisationId = get(structureId, FACILITATOR).then().statusCode(200).extract().path("organisationId");
        return TestTokens.claims(Roles.SIAE).claim("org", organisationId).sign();
    }

    public static String siaeElsewhere() {
        return TestTokens.claims(Roles.SIAE).claim("org", UUID.randomUUID().toString()).sign();
    }

    /** Uploads a structure file and waits until its import job is DONE or FAILED. */
    public static JsonPath importAndWait(byte[] csv, String token) {
        String id = given().auth().oauth2(token).contentType("text/csv").body(csv).when()
                .post("/api/v1/structure-imports").then().statusCode(202)
                .header("Location", containsString("/api/v1/structure-imports/"))
                .extract().path("id");
        return waitFor(id, token);
    }

    public static JsonPath waitFor(String id, String token) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath job = given().auth().oauth2(token).when().get("/api/v1/structure-imports/" + id).then()
                    .statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Import still " + status);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
