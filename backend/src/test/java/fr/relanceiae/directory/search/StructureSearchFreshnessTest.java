package fr.relanceiae.directory.search;

import static fr.relanceiae.directory.DirectoryFixtures.BUYER;
import static fr.relanceiae.directory.DirectoryFixtures.activity;
import static fr.relanceiae.directory.DirectoryFixtures.addActivity;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.Sql;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The search runs on an index in the application's memory: whatever is written to
 * the database, through this replica, another one or by hand, is found by the next
 * search, and a write whose transaction commits late is not missed.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class StructureSearchFreshnessTest {

    @Inject
    DataSource dataSource;

    private List<String> ids(Object... parameters) {
        var request = given().auth().oauth2(BUYER);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.when().get("/api/v1/structures").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private void sql(String statement, UUID id) throws SQLException {
        Sql.update(dataSource, statement, id);
    }

    @Test
    void writes_made_outside_the_api_are_found_by_the_next_search() throws SQLException {
        String before = DirectoryFixtures.word();
        String after = DirectoryFixtures.word();
        String offerWord = DirectoryFixtures.word();
        UUID id = create(profile("Atelier " + before));
        addActivity(id, activity("plomberie", "DEPARTMENTS", List.of("93"), null));
        assertThat(ids("q", before)).containsExactly(id.toString());

        sql("update structure set name = 'Atelier " + after + "' where id = ?", id);
        assertThat(ids("q", before)).isEmpty();
        assertThat(ids("q", after)).containsExactly(id.toString());

        sql("insert into offer (id, structure_id, title, sector_slug, presta_type) values (gen_random_uuid(), ?,"
                + " 'Fabrication de " + offerWord + "', 'plomberie', 'GOODS')", id);
        assertThat(ids("q", offerWord)).as("an offer's title").containsExactly(id.toString());
        sql("delete from offer where structure_id = ?", id);
        assertThat(ids("q", offerWord)).isEmpty();

        assertThat(ids("q", after, "sector", "plomberie")).containsExactly(id.toString());
        sql("update structure_activity set sector_slug = 'menuiserie' where structure_id = ?", id);
        assertThat(ids("q", after, "sector", "plomberie")).isEmpty();
        assertThat(ids("q", after, "sector", "menuiserie")).containsExactly(id.toString());
        sql("update structure_activity set geo_range = 'COUNTRY', geo_departments = '{}' where structure_id = ?", id);
        assertThat(ids("q", after, "department", "13")).as("now nationwide").containsExactly(id.toString());
    }

    @Test
    void a_renamed_structure_takes_its_new_place_in_name_order() throws SQLException {
        String word = DirectoryFixtures.word();
        UUID alpha = create(profile("Alpha " + word));
        UUID beta = create(profile("Bêta " + word));
        assertThat(ids("q", word, "sort", "name")).containsExactly(alpha.toString(), beta.toString());
        sql("update structure set name = 'Zêta " + word + "' where id = ?", alpha);
        assertThat(ids("q", word, "sort", "name")).containsExactly(beta.toString(), alpha.toString());
    }

    @Test
    void a_structure_deleted_by_hand_leaves_the_results() throws SQLException {
        String word = DirectoryFixtures.word();
        UUID id = create(profile("Supprimée " + word));
        assertThat(ids("q", word)).containsExactly(id.toString());
        sql("delete from structure where id = ?", id);
        assertThat(ids("q", word)).isEmpty();
        given().auth().oauth2(BUYER).queryParam("q", word).when().get("/api/v1/structures").then()
                .statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void a_write_committed_after_later_ones_is_not_missed() throws SQLException {
        String first = DirectoryFixtures.word();
        String second = DirectoryFixtures.word();
        UUID slowOne = create(profile("Lente " + DirectoryFixtures.word()));
        UUID quickOne = create(profile("Rapide " + DirectoryFixtures.word()));
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement update = slow.prepareStatement("update structure set name = ? where id = ?")) {
                update.setString(1, "Lente " + first);
                update.setObject(2, slowOne);
                update.executeUpdate();
            }
            // A later transaction commits first; the search sees it, not the uncommitted one.
            sql("update structure set name = 'Rapide " + second + "' where id = ?", quickOne);
            assertThat(ids("q", second)).containsExactly(quickOne.toString());
            assertThat(ids("q", first)).isEmpty();
            slow.commit();
        }
        assertThat(ids("q", first)).containsExactly(slowOne.toString());
    }
}
