package fr.relanceiae.sourcing.matching;

import static fr.relanceiae.directory.DirectoryFixtures.FACILITATOR;
import static fr.relanceiae.directory.DirectoryFixtures.activity;
import static fr.relanceiae.directory.DirectoryFixtures.addActivity;
import static fr.relanceiae.directory.DirectoryFixtures.as;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.offer;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static fr.relanceiae.directory.DirectoryFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The matcher end to end over structures made through the directory's API: the rule, the order, the
 * reasons, reachability, the counter, and what was written just before (a changed activity, a
 * deactivated structure, a new user) is what the next match sees.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class MatcherTest {

    /** Creuse: no demo structure is there, so the counts are those of this test's structures. */
    private static final String CREUSE = "23";
    private static final String CLEANING = "nettoyage-de-locaux";
    private static final String HYGIENE_GROUP = "hygiene-et-proprete";

    @Inject
    Matcher matcher;

    @Inject
    DataSource dataSource;

    private static Map<String, Object> inGueret(String name, boolean withEmail, long revenue) {
        Map<String, Object> body = profile(name);
        body.put("postCode", "23000");
        body.put("city", "Guéret");
        body.put("latitude", 46.1714);
        body.put("longitude", 1.8713);
        body.put("annualRevenue", revenue);
        if (!withEmail) {
            body.remove("email");
        }
        return body;
    }

    private static void addOffer(UUID structureId, String title) {
        as(FACILITATOR).body(offer(title)).when().post("/api/v1/structures/" + structureId + "/offers").then()
                .statusCode(201);
    }

    private static MatchCriteria inCreuse(String text) {
        return MatchCriteria.builder().sectors(List.of(HYGIENE_GROUP)).departments(List.of(CREUSE))
                .text(text, null).build();
    }

    private static Optional<Match> find(List<Match> matches, UUID id) {
        return matches.stream().filter(match -> match.structureId().equals(id)).findFirst();
    }

    @Test
    void matching_structures_come_best_first_with_french_reasons_and_whether_they_can_be_reached() {
        String word = word();
        UUID offering = create(inGueret("Propreté " + word, true, 300_000));
        addActivity(offering, activity(CLEANING, "DEPARTMENTS", List.of(CREUSE), null));
        addOffer(offering, "Nettoyage de bureaux " + word);
        UUID silent = create(inGueret("Entretien " + word, false, 500_000));
        addActivity(silent, activity(CLEANING, "RADIUS", List.of(), 40));
        UUID elsewhere = create(inGueret("Ailleurs " + word, true, 100_000));
        addActivity(elsewhere, activity(CLEANING, "DEPARTMENTS", List.of("87"), null));

        List<Match> matches = matcher.match(inCreuse("Nettoyage de bureaux " + word));

        assertThat(matches).extracting(Match::structureId).containsSubsequence(offering, silent)
                .doesNotContain(elsewhere);
        Match first = find(matches, offering).orElseThrow();
        assertThat(first.name()).isEqualTo("Propreté " + word);
        assertThat(first.kind()).isEqualTo(StructureKind.ACI);
        assertThat(first.reasons()).containsExactly("Secteur : Nettoyage de locaux",
                "Département d'intervention : Creuse (23)", "Offre « Nettoyage de bureaux " + word + " »");
        assertThat(first.distanceKm()).isNull();
        assertThat(first.reachable()).as("a contact e-mail").isTrue();
        Match second = find(matches, silent).orElseThrow();
        assertThat(second.reasons()).containsExactly("Secteur : Nettoyage de locaux", "Implantation : Creuse (23)",
                "Rayon d'intervention de 40 km");
        assertThat(second.reachable()).as("no e-mail, no user").isFalse();
        assertThat(first.score()).isGreaterThan(second.score());
        assertThat(matches).isSortedAccordingTo((a, b) -> Integer.compare(b.score(), a.score()));
    }

    @Test
    void around_a_point_the_distance_is_given_and_the_department_found_from_the_nearest_commune() {
        UUID near = create(inGueret("Proche " + word(), true, 200_000));
        addActivity(near, activity(CLEANING, "RADIUS", List.of(), 5));
        MatchCriteria aroundGueret = MatchCriteria.builder().sectors(List.of(CLEANING))
                .point(46.1714, 1.9000, 10.0, null).build();
        MatchCriteria farFromGueret = MatchCriteria.builder().sectors(List.of(CLEANING))
                .point(46.1714, 2.0500, 3.0, null).build();

        Match match = find(matcher.match(aroundGueret), near).orElseThrow();

        assertThat(match.distanceKm()).isEqualTo(2.2);
        assertThat(match.reasons()).containsExactly("Secteur : Nettoyage de locaux", "À 2,2 km");
        assertThat(find(matcher.match(farFromGueret), near)).as("13.8 km away: beyond both radii").isEmpty();
    }

    @Test
    void the_next_match_sees_a_changed_activity_a_deactivated_structure_and_a_new_user() throws SQLException {
        Map<String, Object> movingProfile = inGueret("Mobile " + word(), true, 100_000);
        UUID moving = create(movingProfile);
        String activity = as(FACILITATOR).body(activity(CLEANING, "DEPARTMENTS", List.of(CREUSE), null)).when()
                .post("/api/v1/structures/" + moving + "/activities").then().statusCode(201).extract().path("id");
        Map<String, Object> closingProfile = inGueret("Fermeture " + word(), false, 100_000);
        UUID closing = create(closingProfile);
        addActivity(closing, activity(CLEANING, "DEPARTMENTS", List.of(CREUSE), null));
        MatchCriteria criteria = inCreuse(null);
        MatchCount before = matcher.count(criteria);
        assertThat(find(matcher.match(criteria), moving)).isPresent();
        assertThat(find(matcher.match(criteria), closing).orElseThrow().reachable()).isFalse();

        insertUser(DirectoryFixtures.get(closing, FACILITATOR).then().extract().path("organisationId"));
        assertThat(find(matcher.match(criteria), closing).orElseThrow().reachable()).as("a user of its organisation")
                .isTrue();

        as(FACILITATOR).header("If-Match", "\"0\"").body(activity(CLEANING, "DEPARTMENTS", List.of("87"), null))
                .when().put("/api/v1/activities/" + activity).then().statusCode(200);
        closingProfile.put("active", false);
        as(FACILITATOR).header("If-Match", "\"0\"").body(closingProfile).when().put("/api/v1/structures/" + closing)
                .then().statusCode(200);

        List<Match> after = matcher.match(criteria);
        assertThat(find(after, moving)).as("its activity moved to Haute-Vienne").isEmpty();
        assertThat(find(after, closing)).as("deactivated").isEmpty();
        assertThat(matcher.count(criteria).matching()).isEqualTo(before.matching() - 2);
    }

    @Test
    void the_count_agrees_with_the_matches_and_averages_the_declared_revenues() {
        UUID first = create(inGueret("Compte A " + word(), true, 200_000));
        addActivity(first, activity(CLEANING, "DEPARTMENTS", List.of(CREUSE), null));
        Map<String, Object> noRevenue = inGueret("Compte B " + word(), false, 0);
        noRevenue.remove("annualRevenue");
        UUID second = create(noRevenue);
        addActivity(second, activity(CLEANING, "DEPARTMENTS", List.of(CREUSE), null));
        MatchCriteria criteria = inCreuse(null);

        List<Match> matches = matcher.match(criteria);
        MatchCount count = matcher.count(criteria);

        assertThat(count.matching()).isEqualTo(matches.size()).isGreaterThanOrEqualTo(2);
        assertThat(count.reachable()).isEqualTo((int) matches.stream().filter(Match::reachable).count());
        assertThat(count.averageRevenue()).isEqualTo(averageRevenue(matches.stream().map(Match::structureId).toList()));
        assertThat(matcher.count(MatchCriteria.builder().departments(List.of(CREUSE)).build()))
                .as("no sector yet: nothing").isEqualTo(MatchCount.NONE);
        assertThat(matcher.match(criteria, 1)).hasSize(1);

        Matcher.MatchPreviewResult preview = matcher.preview(criteria, 1);
        assertThat(preview.count()).as("the preview's count, from the same pass").isEqualTo(count);
        assertThat(preview.matches()).as("and its page").isEqualTo(matcher.match(criteria, 1));
        assertThat(matcher.preview(MatchCriteria.builder().departments(List.of(CREUSE)).build(), 5))
                .isEqualTo(new Matcher.MatchPreviewResult(MatchCount.NONE, List.of()));
    }

    private void insertUser(String organisationId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into app_user (id, email, display_name, role, organisation_id) values (?, ?, 'Alex', 'siae', ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, word() + "@example.org");
            insert.setObject(3, UUID.fromString(organisationId));
            insert.executeUpdate();
        }
    }

    private Long averageRevenue(List<UUID> ids) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select round(avg(annual_revenue))::bigint from structure where id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            var rows = select.executeQuery();
            rows.next();
            return rows.getObject(1, Long.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
