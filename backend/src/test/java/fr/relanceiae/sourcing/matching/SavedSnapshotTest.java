package fr.relanceiae.sourcing.matching;

import static fr.relanceiae.directory.DirectoryFixtures.activity;
import static fr.relanceiae.directory.DirectoryFixtures.addActivity;
import static fr.relanceiae.directory.DirectoryFixtures.as;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static fr.relanceiae.directory.DirectoryFixtures.siaeOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.directory.search.DirectoryIndex;
import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.Sql;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The matching snapshot saved on disk and read back at the next start, on snapshots of the test's
 * own (the application's one is not saved in tests): what changed while the app was stopped is
 * read again, the rest is taken from the copy as it was, and a copy that does not fit is not read.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SavedSnapshotTest {

    /** The tests' classes are not in a jar: they name their build. */
    private static final String BUILD = "test build";

    @Inject
    DataSource dataSource;

    @Inject
    ReferenceCatalog catalog;

    private Path folder;
    private MatchingSnapshot snapshot;

    @BeforeEach
    void folder() throws IOException {
        folder = Files.createTempDirectory("saved-snapshot");
    }

    @AfterEach
    void delete() throws IOException {
        EmbeddedPostgresTestResource.deleteRecursively(folder);
    }

    private MatchingSnapshot start(String build) {
        snapshot = new MatchingSnapshot(new DirectoryIndex(dataSource, catalog, Optional.empty()),
                new SavedSnapshot(folder.resolve("matching-snapshot"), build));
        snapshot.preload();
        return snapshot;
    }

    private void stop() {
        snapshot.close();
    }

    /** A structure with an activity and an offer, whose texts matching cuts into stems. */
    private UUID structure(String word) {
        UUID id = create(profile("Atelier " + word));
        addActivity(id, activity("plomberie", "DEPARTMENTS", List.of("93"), null));
        as(siaeOf(id)).body(DirectoryFixtures.offer("Nettoyage de bureaux " + word)).when()
                .post("/api/v1/structures/" + id + "/offers").then().statusCode(201);
        return id;
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        Sql.update(dataSource, statement, parameters);
    }

    private Map<UUID, Candidate> candidates() {
        return snapshot.candidates().stream().collect(Collectors.toMap(Candidate::id, Function.identity()));
    }

    /** The same structure, field by field (a record compares its arrays of stems by identity). */
    private static void assertSame(Candidate actual, Candidate expected) {
        assertThat(actual).usingRecursiveComparison().ignoringFieldsOfTypes(int[].class).isEqualTo(expected);
        assertThat(actual.descriptionText()).containsExactly(expected.descriptionText());
        assertThat(actual.offers()).hasSameSizeAs(expected.offers());
        for (int i = 0; i < expected.offers().size(); i++) {
            assertThat(actual.offers().get(i).titleText()).containsExactly(expected.offers().get(i).titleText());
            assertThat(actual.offers().get(i).descriptionText()).containsExactly(expected.offers().get(i).descriptionText());
        }
    }

    @Test
    void a_restart_reads_the_saved_copy_and_only_what_changed_while_the_app_was_stopped() throws Exception {
        UUID kept = structure(DirectoryFixtures.word());
        UUID renamed = structure(DirectoryFixtures.word());
        UUID gone = structure(DirectoryFixtures.word());
        UUID goneUnlogged = structure(DirectoryFixtures.word());

        start(BUILD);
        assertThat(snapshot.startedFromSavedCopy()).as("nothing saved yet: read from the database").isFalse();
        Map<UUID, Candidate> before = candidates();
        assertThat(folder.resolve("matching-snapshot")).as("saved once read").isNotEmptyFile();
        stop();

        // While the app is stopped: a rename, a structure added, two deleted by hand (one of them
        // also left out of the removals' log, as if the log had been emptied).
        String newName = "Atelier " + DirectoryFixtures.word();
        sql("update structure set name = ? where id = ?", newName, renamed);
        UUID added = structure(DirectoryFixtures.word());
        sql("delete from structure where id = ?", gone);
        sql("delete from structure where id = ?", goneUnlogged);
        sql("delete from structure_search_removal where structure_id = ?", goneUnlogged);

        start(BUILD);
        assertThat(snapshot.startedFromSavedCopy()).isTrue();
        Map<UUID, Candidate> after = candidates();
        assertThat(snapshot.structuresReadFromDatabase()).as("only the renamed and the added ones are read").isEqualTo(2);
        assertThat(after).containsKeys(kept, renamed, added).doesNotContainKeys(gone, goneUnlogged);
        assertThat(after.get(renamed).name()).isEqualTo(newName);
        assertSame(after.get(kept), before.get(kept));

        // And the copy holds what the database gives: a snapshot read without it sees the same.
        Map<UUID, Candidate> fresh = new MatchingSnapshot(new DirectoryIndex(dataSource, catalog, Optional.empty()),
                (SavedSnapshot) null).candidates().stream().collect(Collectors.toMap(Candidate::id, Function.identity()));
        assertThat(after.keySet()).isEqualTo(fresh.keySet());
        for (UUID id : List.of(kept, renamed, added)) {
            assertSame(after.get(id), fresh.get(id));
        }
        assertThat(after.get(kept).offers().get(0).titleText()).as("the offer's title has stems").isNotEmpty();
    }

    @Test
    void a_copy_from_another_build_a_build_that_cannot_be_told_or_unreadable_is_not_read() throws Exception {
        UUID id = structure(DirectoryFixtures.word());
        start(BUILD);
        stop();

        start("the next build");
        assertThat(snapshot.startedFromSavedCopy()).isFalse();
        assertThat(candidates()).containsKey(id);

        start(null);
        assertThat(snapshot.startedFromSavedCopy()).as("a build that cannot be told (dev mode) reads no copy").isFalse();
        assertThat(candidates()).containsKey(id);

        start(BUILD);
        stop();
        byte[] copy = Files.readAllBytes(folder.resolve("matching-snapshot"));
        Files.write(folder.resolve("matching-snapshot"), Arrays.copyOf(copy, copy.length / 2));
        start(BUILD);
        assertThat(snapshot.startedFromSavedCopy()).as("a copy cut short").isFalse();
        assertThat(candidates()).containsKey(id);
    }
}
