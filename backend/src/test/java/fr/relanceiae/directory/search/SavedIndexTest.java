package fr.relanceiae.directory.search;

import static fr.relanceiae.directory.DirectoryFixtures.activity;
import static fr.relanceiae.directory.DirectoryFixtures.addActivity;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.Sql;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The search index saved on disk and read back at the next start, on indexes of the test's own
 * (the application's one, in memory only in tests, is left alone): what changed while the app
 * was stopped is taken in, what did not is not indexed again, and a copy that does not fit is
 * not read.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SavedIndexTest {

    @Inject
    DataSource dataSource;

    @Inject
    ReferenceCatalog catalog;

    /** The tests' classes are not in a jar: they name their build. */
    private static final String BUILD = "test build";

    private Path folder;
    private DirectoryIndex index;

    @BeforeEach
    void folder() throws IOException {
        folder = Files.createTempDirectory("saved-index");
    }

    @AfterEach
    void close() throws IOException {
        if (index != null) {
            index.close();
        }
        EmbeddedPostgresTestResource.deleteRecursively(folder);
    }

    private DirectoryIndex start() {
        index = new DirectoryIndex(dataSource, catalog, DirectoryIndex.MAX_WAIT_MILLIS,
                Optional.of(new SavedIndex(folder.resolve("search-index"), BUILD)));
        index.preload();
        return index;
    }

    private void stop() {
        index.close();
        index = null;
    }

    private int count(String word) {
        Term term = new Term(StructureDocuments.TEXT, FrenchText.words(word).get(0).stem());
        return index.search((searcher, references) -> searcher.count(new TermQuery(term)));
    }

    private int documents() {
        return index.search((searcher, references) -> searcher.count(new MatchAllDocsQuery()));
    }

    private int deletedDocuments() {
        return index.search((searcher, references) -> searcher.getIndexReader().numDeletedDocs());
    }

    private UUID structure(String word) {
        UUID id = create(profile("Atelier " + word));
        addActivity(id, activity("plomberie", "DEPARTMENTS", List.of("93"), null));
        return id;
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        Sql.update(dataSource, statement, parameters);
    }

    private int structuresInDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from structure");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void a_restart_reads_the_saved_copy_and_takes_in_only_what_changed_while_the_app_was_stopped() throws Exception {
        String kept = DirectoryFixtures.word();
        String renamedFrom = DirectoryFixtures.word();
        String renamedTo = DirectoryFixtures.word();
        String removed = DirectoryFixtures.word();
        String removedUnlogged = DirectoryFixtures.word();
        String added = DirectoryFixtures.word();
        UUID keptId = structure(kept);
        UUID renamed = structure(renamedFrom);
        UUID gone = structure(removed);
        UUID goneUnlogged = structure(removedUnlogged);

        start();
        assertThat(index.startedFromSavedCopy()).as("nothing saved yet: built").isFalse();
        assertThat(count(kept)).isEqualTo(1);
        assertThat(folder.resolve("search-index")).as("saved once built").isNotEmptyDirectory();
        stop();

        // While the app is stopped: a rename, a structure added, two deleted by hand (one of them
        // also left out of the removals' log, as if the log had been emptied).
        sql("update structure set name = ? where id = ?", "Atelier " + renamedTo, renamed);
        structure(added);
        sql("delete from structure where id = ?", gone);
        sql("delete from structure where id = ?", goneUnlogged);
        sql("delete from structure_search_removal where structure_id = ?", goneUnlogged);

        start();
        assertThat(index.startedFromSavedCopy()).isTrue();
        assertThat(count(kept)).isEqualTo(1);
        assertThat(count(renamedFrom)).isZero();
        assertThat(count(renamedTo)).isEqualTo(1);
        assertThat(count(removed)).isZero();
        assertThat(count(removedUnlogged)).isZero();
        assertThat(count(added)).isEqualTo(1);
        assertThat(documents()).as("one document per structure").isEqualTo(structuresInDatabase());
        // Only the renamed structure was indexed again (its saved document is replaced) and the
        // two removed ones deleted: every other saved document is kept as it was.
        assertThat(deletedDocuments()).isEqualTo(3);
        // The structures of the documents kept come from the copy, equal to what the database holds;
        // only the renamed and the added ones were read from the database.
        assertThat(index.structuresReadFromDatabase()).isEqualTo(2);
        assertThat(index.kept(keptId)).isEqualTo(index.load(List.of(keptId)).get(0));
        assertThat(index.kept(renamed).summary().name()).isEqualTo("Atelier " + renamedTo);
    }

    @Test
    void a_copy_written_by_another_build_is_not_read() {
        String word = DirectoryFixtures.word();
        structure(word);
        start();
        stop();
        index = new DirectoryIndex(dataSource, catalog, DirectoryIndex.MAX_WAIT_MILLIS,
                Optional.of(new SavedIndex(folder.resolve("search-index"), "the next build")));
        index.preload();
        assertThat(index.startedFromSavedCopy()).isFalse();
        assertThat(count(word)).isEqualTo(1);
        stop();

        index = new DirectoryIndex(dataSource, catalog, DirectoryIndex.MAX_WAIT_MILLIS,
                Optional.of(new SavedIndex(folder.resolve("search-index"), null)));
        index.preload();
        assertThat(index.startedFromSavedCopy()).as("a build that cannot be told (dev mode) reads no copy").isFalse();
        assertThat(count(word)).isEqualTo(1);
    }

    @Test
    void a_copy_saved_for_other_data_or_unreadable_is_not_read_and_the_index_is_built() throws Exception {
        String word = DirectoryFixtures.word();
        structure(word);
        start();
        stop();
        SavedIndex saved = new SavedIndex(folder.resolve("search-index"), BUILD);
        assertThat(saved.restoreInto(new ByteBuffersDirectory(), "another build")).isFalse();

        try (var files = Files.list(folder.resolve("search-index"))) {
            for (Path file : files.toList()) {
                Files.writeString(file, "not an index", StandardCharsets.UTF_8);
            }
        }
        start();
        assertThat(index.startedFromSavedCopy()).isFalse();
        assertThat(count(word)).isEqualTo(1);
        assertThat(documents()).isEqualTo(structuresInDatabase());
        stop();

        start();
        assertThat(index.startedFromSavedCopy()).as("the copy written after that build is read").isTrue();
        assertThat(count(word)).isEqualTo(1);
    }
}
