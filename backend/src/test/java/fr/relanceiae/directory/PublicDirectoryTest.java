package fr.relanceiae.directory;

import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The directory without an account: the search, the profiles (no e-mail, phone nor contact person) and
 * the reference lists at the same URLs; no export; a deactivated structure is not found; robots.txt,
 * sitemap.xml and the head of a profile page for search engines and link previews.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class PublicDirectoryTest {

    private static final String PUBLIC_URL = "http://localhost:8081";

    @Inject
    EntityManager entityManager;

    private static Map<String, Object> withContacts(String name) {
        Map<String, Object> body = profile(name);
        body.put("phone", "0123456789");
        return body;
    }

    @Test
    void an_anonymous_visitor_finds_a_structure_and_reads_its_profile_without_its_contact_details() {
        String word = DirectoryFixtures.word();
        Map<String, Object> body = withContacts("Jardins " + word);
        UUID id = create(body);

        given().when().get("/api/v1/structures?q=" + word)
                .then().statusCode(200)
                .body("items.id", hasItem(id.toString()))
                .body("items[0].name", equalTo("Jardins " + word));
        given().when().get("/api/v1/structures/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Jardins " + word))
                .body("city", equalTo("Montreuil"))
                .body("contactsHidden", equalTo(true))
                .body("email", nullValue())
                .body("phone", nullValue())
                .body("contactName", nullValue())
                .body("annualRevenue", nullValue());
        given().when().get("/api/v1/structures/by-siret/" + body.get("siret"))
                .then().statusCode(200)
                .body("id", equalTo(id.toString()))
                .body("contactsHidden", equalTo(true))
                .body("email", nullValue())
                .body("phone", nullValue());

        // what is withheld is still there for those who sign in
        given().auth().oauth2(BUYER).when().get("/api/v1/structures/" + id)
                .then().statusCode(200)
                .body("contactsHidden", equalTo(false))
                .body("email", equalTo("contact@example.org"))
                .body("phone", equalTo("0123456789"))
                .body("contactName", nullValue());
        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select email, phone, contact_name from structure where id = :id")
                .setParameter("id", id).getSingleResult());
        assertThat(stored).containsExactly("contact@example.org", "0123456789", "Camille Martin");
    }

    @Test
    void the_reference_lists_the_search_needs_are_public() {
        for (String path : new String[] { "sectors", "departments", "structure-kinds", "presta-types",
                "structure-labels", "structure-networks", "communes?q=Montreuil" }) {
            given().when().get("/api/v1/" + path).then().statusCode(200).body("size()", not(equalTo(0)));
        }
    }

    @Test
    void a_deactivated_structure_is_not_found_by_an_anonymous_visitor() {
        String word = DirectoryFixtures.word();
        Map<String, Object> body = withContacts("Fermée " + word);
        body.put("active", false);
        UUID id = create(body);

        given().when().get("/api/v1/structures/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://relance-iae.fr/problems/not-found"));
        given().when().get("/api/v1/structures/by-siret/" + body.get("siret")).then().statusCode(404);
        given().when().get("/api/v1/structures?q=" + word)
                .then().statusCode(200).body("items.id", not(hasItem(id.toString())));
        given().when().get("/api/v1/structures?active=false&q=" + word)
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select active from structure where id = :id").setParameter("id", id)
                .getSingleResult())).isEqualTo(false);
    }

    @Test
    void an_anonymous_visitor_cannot_export() {
        for (String path : new String[] { "export.csv", "export.xlsx" }) {
            given().when().get("/api/v1/structures/" + path)
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("https://relance-iae.fr/problems/unauthorized"))
                    .body("detail", containsString("jeton"));
        }
    }

    @Test
    void robots_txt_allows_the_directory_and_nothing_else() {
        given().when().get("/robots.txt")
                .then().statusCode(200).contentType(startsWith("text/plain"))
                .body(containsString("User-agent: *\nAllow: /annuaire\n"))
                .body(containsString("\nDisallow: /\n"))
                .body(containsString("Sitemap: " + PUBLIC_URL + "/sitemap.xml"));
    }

    @Test
    void the_sitemap_lists_the_active_structures_profiles_and_not_the_deactivated_ones() {
        UUID active = create(withContacts("Plan " + DirectoryFixtures.word()));
        Map<String, Object> closed = withContacts("Plan fermé " + DirectoryFixtures.word());
        closed.put("active", false);
        UUID deactivated = create(closed);

        String sitemap = given().when().get("/sitemap.xml")
                .then().statusCode(200).contentType(startsWith("application/xml"))
                .extract().asString();
        assertThat(sitemap).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("<loc>" + PUBLIC_URL + "/annuaire</loc>")
                .contains("<loc>" + PUBLIC_URL + "/annuaire/" + active + "</loc><lastmod>")
                .doesNotContain(deactivated.toString());
        long activeCount = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from structure where active").getSingleResult()).longValue());
        assertThat(sitemap.split("<url>", -1)).hasSize((int) activeCount + 2);
    }

    @Test
    void a_profile_page_carries_the_structures_title_and_description_escaped() {
        Map<String, Object> body = withContacts("Les \"Amis\" <script>alert(1)</script> & Cie");
        body.put("description", "Nettoyage & espaces verts <b>écologiques</b>.");
        UUID id = create(body);

        String page = given().accept("text/html").when().get("/annuaire/" + id)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .extract().asString();
        String title = "Les &quot;Amis&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie – Annuaire de l&#39;inclusion"
                + " – Relance IAE";
        assertThat(page).contains("<title>" + title + "</title>")
                .contains("<meta property=\"og:title\" content=\"" + title + "\" />")
                .contains("<meta name=\"description\" content=\"")
                .contains(" à Montreuil")
                .contains(". Nettoyage &amp; espaces verts &lt;b&gt;écologiques&lt;/b&gt;.\" />")
                .contains("<meta property=\"og:url\" content=\"" + PUBLIC_URL + "/annuaire/" + id + "\" />")
                .contains("<div id=\"root\">")
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<title>Relance IAE</title>");
        assertThat(page.split("name=\"description\"", -1)).hasSize(2);
    }

    @Test
    void a_page_of_an_unknown_or_deactivated_structure_is_the_web_app_unchanged() {
        Map<String, Object> closed = withContacts("Secrète " + DirectoryFixtures.word());
        closed.put("active", false);
        UUID deactivated = create(closed);
        for (UUID id : new UUID[] { UUID.randomUUID(), deactivated }) {
            String page = given().accept("text/html").when().get("/annuaire/" + id)
                    .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
            assertThat(page).contains("<div id=\"root\">").doesNotContain("og:title")
                    .doesNotContain((String) closed.get("name"));
        }
        // the directory's other pages are the plain web app
        given().accept("text/html").when().get("/annuaire/import")
                .then().statusCode(200).body(containsString("<div id=\"root\">"), not(containsString("og:title")));
    }
}
