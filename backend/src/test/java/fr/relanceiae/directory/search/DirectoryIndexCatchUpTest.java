package fr.relanceiae.directory.search;

import static fr.relanceiae.directory.DirectoryFixtures.activity;
import static fr.relanceiae.directory.DirectoryFixtures.addActivity;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import fr.relanceiae.reference.ReferenceCatalog;

import jakarta.inject.Inject;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The catch-up before each search, on an index of the test's own (the application's one is
 * left alone): the test holds the check lock as a catch-up in progress would, commits a write,
 * and looks at what a search then does. Nothing here depends on how fast the machine is: the
 * lock is held until the search has answered, or released only once the search waits for it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class DirectoryIndexCatchUpTest {

    @Inject
    DataSource dataSource;

    @Inject
    ReferenceCatalog catalog;

    private final ExecutorService searches = Executors.newSingleThreadExecutor();
    private DirectoryIndex index;
    private UUID id;
    private String after;

    @BeforeEach
    void one_structure() {
        String before = DirectoryFixtures.word();
        after = DirectoryFixtures.word();
        id = create(profile("Atelier " + before));
        addActivity(id, activity("plomberie", "DEPARTMENTS", List.of("93"), null));
    }

    @AfterEach
    void close() {
        searches.shutdownNow();
        if (index != null) {
            index.close();
        }
    }

    /** A search in another thread: how many structures have the word {@link #after} in their name. */
    private CompletableFuture<Integer> searchRenamed() {
        Term term = new Term(StructureDocuments.TEXT, FrenchText.words(after).get(0).stem());
        return CompletableFuture.supplyAsync(() -> index.search((searcher, references) -> searcher.count(new TermQuery(term))),
                searches);
    }

    private void rename() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("update structure set name = ? where id = ?")) {
            statement.setString(1, "Atelier " + after);
            statement.setObject(2, id);
            statement.executeUpdate();
        }
    }

    @Test
    void while_a_catch_up_holds_the_lock_a_search_answers_after_the_bound_from_the_state_it_has() throws Exception {
        index = new DirectoryIndex(dataSource, catalog);
        assertThat(searchRenamed().get(60, TimeUnit.SECONDS)).as("built, before the rename").isZero();

        index.checkLock.lock();
        try {
            rename(); // committed, but the catch-up that would take it in cannot start
            long start = System.nanoTime();
            int found = searchRenamed().get(30, TimeUnit.SECONDS);
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(index.checkLock.isHeldByCurrentThread()).as("answered while the lock was held").isTrue();
            assertThat(found).as("the state it had").isZero();
            assertThat(waited).as("it waited for the lock first").isGreaterThanOrEqualTo(DirectoryIndex.MAX_WAIT_MILLIS);
        } finally {
            index.checkLock.unlock();
        }
        assertThat(searchRenamed().get(30, TimeUnit.SECONDS)).as("the next search takes the write in").isEqualTo(1);
    }

    @Test
    void a_search_that_gets_the_lock_within_the_bound_sees_what_was_committed_before_it_arrived() throws Exception {
        // A bound no test machine reaches, so that the lock is surely released within it.
        index = new DirectoryIndex(dataSource, catalog, TimeUnit.MINUTES.toMillis(5), Optional.empty());
        assertThat(searchRenamed().get(60, TimeUnit.SECONDS)).isZero();

        CompletableFuture<Integer> waiting;
        index.checkLock.lock();
        try {
            rename();
            waiting = searchRenamed();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!index.checkLock.hasQueuedThreads() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(index.checkLock.hasQueuedThreads()).as("the search waits for the lock").isTrue();
            assertThat(waiting).isNotDone();
        } finally {
            index.checkLock.unlock();
        }
        assertThat(waiting.get(30, TimeUnit.SECONDS)).as("it checked the database once it had the lock").isEqualTo(1);
    }

    @Test
    void before_the_index_is_first_built_a_search_waits_for_the_build_without_a_bound() throws Exception {
        index = new DirectoryIndex(dataSource, catalog);
        rename();

        CompletableFuture<Integer> waiting;
        index.checkLock.lock(); // as the preloading's thread holds it while it builds the index
        try {
            waiting = searchRenamed();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!index.checkLock.hasQueuedThreads() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(index.checkLock.hasQueuedThreads()).as("the search waits for the lock").isTrue();
            Thread.sleep(4 * DirectoryIndex.MAX_WAIT_MILLIS);
            assertThat(waiting).as("past the bound, it still waits: there is no state to answer from").isNotDone();
            index.preload(); // the build
        } finally {
            index.checkLock.unlock();
        }
        assertThat(waiting.get(30, TimeUnit.SECONDS)).as("it answers from the index built").isEqualTo(1);
    }

    @Test
    void a_follower_is_handed_what_was_written_while_it_read_everything() throws Exception {
        index = new DirectoryIndex(dataSource, catalog);
        index.catchUp(); // built and checked: the next check lists only what is written from now on
        List<StructureChanges> handed = new CopyOnWriteArrayList<>();
        DirectoryIndex.Follower follower = new DirectoryIndex.Follower() {
            @Override
            public void loadAll(Connection connection) throws SQLException {
                rename(); // committed by another transaction once the follower's read has begun
            }

            @Override
            public void apply(Connection connection, StructureChanges changes) {
                handed.add(changes);
            }
        };

        index.follow(follower);

        assertThat(handed).as("handed once, as it starts following").hasSize(1);
        assertThat(handed.get(0).stamps()).as("the renamed structure, with the stamp of the rename")
                .containsEntry(id, stamp());
    }

    private String stamp() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select search_xid::text from structure where id = ?")) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
