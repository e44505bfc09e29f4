package fr.relanceiae.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * V16 on a database that already holds duplicate organisation names, as a deployment made
 * before it may: the oldest of each group keeps its name, the others get « (doublon n) », the
 * unique index is built, and the later migrations apply on top.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UniqueOrganisationNamesMigrationTest {

    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");

    @TempDir
    static Path dataDir;

    private EmbeddedDatabase database;
    private final Map<String, UUID> ids = new LinkedHashMap<>();

    @BeforeAll
    void migrateDuplicatesThroughV16() throws Exception {
        database = EmbeddedDatabase.start(dataDir, false);
        flyway("15").migrate();
        // The same public buyer written four ways: spaces, case, accents. Inserted in an order
        // that is not their age, so that « oldest first » is what decides.
        insert("montreuil-3", "Ville de Montréuil", "PUBLIC_BUYER", 3);
        insert("montreuil-1", "Ville de Montreuil", "PUBLIC_BUYER", 1);
        insert("montreuil-2", " ville  de MONTREUIL ", "PUBLIC_BUYER", 2);
        insert("montreuil-4", "VILLE DE MONTREUIL", "PUBLIC_BUYER", 4);
        // The same name under another kind is another organisation.
        insert("montreuil-private", "Ville de Montreuil", "PRIVATE_BUYER", 2);
        // Two created in the same instant: the id breaks the tie.
        ids.put("tie-b", UUID.fromString("00000000-0000-0000-0000-00000000000b"));
        ids.put("tie-a", UUID.fromString("00000000-0000-0000-0000-00000000000a"));
        insert(ids.get("tie-b"), "Réseau Inclusion", "NETWORK", 5);
        insert(ids.get("tie-a"), "Réseau inclusion", "NETWORK", 5);
        // A name already at the column's 200 characters: the suffix replaces its end.
        String longName = "Communauté d’agglomération " + "x".repeat(200 - 27);
        insert("long-1", longName, "PUBLIC_BUYER", 1);
        insert("long-2", longName, "PUBLIC_BUYER", 2);
        // SIAE organisations are exempt: two structures may share a name.
        insert("siae-1", "Régie de quartier", "SIAE", 1);
        insert("siae-2", "Régie de quartier", "SIAE", 2);
        // A name used once is left alone.
        insert("alone", "Département de la Seine-Saint-Denis", "PUBLIC_BUYER", 1);

        flyway("16").migrate();
    }

    @AfterAll
    void stop() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void the_oldest_of_each_group_keeps_its_name_and_the_others_are_numbered_by_age() throws Exception {
        assertThat(name("montreuil-1")).isEqualTo("Ville de Montreuil");
        assertThat(name("montreuil-2")).isEqualTo(" ville  de MONTREUIL  (doublon 2)");
        assertThat(name("montreuil-3")).isEqualTo("Ville de Montréuil (doublon 3)");
        assertThat(name("montreuil-4")).isEqualTo("VILLE DE MONTREUIL (doublon 4)");
        assertThat(name("tie-a")).isEqualTo("Réseau inclusion");
        assertThat(name("tie-b")).isEqualTo("Réseau Inclusion (doublon 2)");
    }

    @Test
    void a_renamed_organisation_gets_a_new_version_and_the_others_are_untouched() throws Exception {
        assertThat(version("montreuil-2")).isEqualTo(1);
        assertThat(version("tie-b")).isEqualTo(1);
        assertThat(version("montreuil-1")).isZero();
        assertThat(version("tie-a")).isZero();
        assertThat(name("montreuil-private")).isEqualTo("Ville de Montreuil");
        assertThat(version("montreuil-private")).isZero();
        assertThat(name("siae-1")).isEqualTo("Régie de quartier");
        assertThat(name("siae-2")).isEqualTo("Régie de quartier");
        assertThat(name("alone")).isEqualTo("Département de la Seine-Saint-Denis");
        assertThat(version("alone")).isZero();
    }

    @Test
    void a_name_at_the_maximum_length_keeps_200_characters_with_its_suffix() throws Exception {
        String kept = name("long-1");
        assertThat(kept).hasSize(200);
        assertThat(name("long-2")).hasSize(200)
                .isEqualTo(kept.substring(0, 200 - " (doublon 2)".length()) + " (doublon 2)");
    }

    @Test
    void the_unique_index_exists_and_refuses_a_new_duplicate_but_not_a_siae_one() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet index = statement.executeQuery(
                        "SELECT indexdef FROM pg_indexes WHERE indexname = 'organisation_name_key'")) {
            assertThat(index.next()).isTrue();
            assertThat(index.getString(1)).startsWith("CREATE UNIQUE INDEX").contains("f_organisation_name_key");
        }
        assertThatThrownBy(() -> insert("again", "ville de montreuil", "PUBLIC_BUYER", 9))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        insert("siae-3", "Régie de quartier", "SIAE", 9);
        assertThat(name("siae-3")).isEqualTo("Régie de quartier");
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it takes the database past V16
    void the_later_migrations_apply_on_top() throws Exception {
        Flyway latest = flyway(null);
        latest.migrate();
        assertThat(latest.info().pending()).isEmpty();
        assertThat(latest.info().current().getVersion().getVersion()).isNotEqualTo("16");
        assertThat(name("montreuil-3")).isEqualTo("Ville de Montréuil (doublon 3)");
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure()
                .dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, "")
                .locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private void insert(String key, String name, String kind, int minutesAfterT0) throws SQLException {
        ids.put(key, UUID.randomUUID());
        insert(ids.get(key), name, kind, minutesAfterT0);
    }

    private void insert(UUID id, String name, String kind, int minutesAfterT0) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO organisation (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            Timestamp created = Timestamp.from(T0.plusSeconds(60L * minutesAfterT0));
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.setString(3, kind);
            insert.setTimestamp(4, created);
            insert.setTimestamp(5, created);
            insert.executeUpdate();
        }
    }

    private String name(String key) throws SQLException {
        return column(key, "name");
    }

    private long version(String key) throws SQLException {
        return Long.parseLong(column(key, "version"));
    }

    private String column(String key, String column) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(
                "SELECT " + column + "::text FROM organisation WHERE id = ?")) {
            select.setObject(1, ids.get(key));
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("organisation %s", key).isTrue();
                return row.getString(1);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
    }
}
