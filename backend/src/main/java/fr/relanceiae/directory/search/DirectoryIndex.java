package fr.relanceiae.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.shared.preload.Preloaded;

/**
 * The directory's search index: Lucene, in this replica's memory, a copy of what
 * PostgreSQL holds (no replica needs another's). Before each search it catches up
 * with the database: one statement lists the structures stamped (see V12) by a
 * transaction at least as recent as the oldest one still running at the previous
 * check, and only those whose stamp moved are reloaded. A search therefore sees
 * every write committed before it arrived, whichever replica made it. Concurrent
 * searches share one check: a search that arrives while another checks waits for
 * the next check, or for none if a check started after it arrived. Only while the
 * index is busy taking in a burst of writes (an import commits 250 rows at a time)
 * does a search stop waiting after {@link #MAX_WAIT_MILLIS} and answer from the
 * state it has, which may miss the rows still being taken in. Its {@linkplain Follower followers}
 * (sourcing's matching) are handed what each check finds, and catch up through {@link #catchUp()}.
 *
 * <p>With a {@link SavedIndex} (the embedded database's default), the index is written to disk
 * once built and when the app stops, and a restart starts from that copy: its first check then
 * lists every structure, and only the documents whose stamp differs are built again; the others'
 * structures (what a result shows) are read from the documents themselves, not from the database.
 */
@ApplicationScoped
public class DirectoryIndex implements Preloaded {

    private static final Logger LOG = Logger.getLogger(DirectoryIndex.class);
    /** How long a search waits for the index to take in what was written before it arrived. */
    static final long MAX_WAIT_MILLIS = 50;
    /**
     * What keeps a copy of its own of the structures, up to date by the index's checks
     * rather than by checks of its own (sourcing's matching: one check serves both). Called
     * under the check lock; a follower that fails does not fail the search: the check then does
     * not move on, and the next one hands it the same changes again.
     */
    public interface Follower {

        /**
         * Reads every structure, when it starts following: outside the check lock, maybe while the index
         * itself is built; {@link #apply} is then handed what was written since the read began.
         */
        void loadAll(Connection connection) throws SQLException;

        /**
         * Takes in what a check found: the stamps of the structures written since the previous
         * check (or a little before: compare them with those of the copy) and those removed.
         */
        void apply(Connection connection, StructureChanges changes) throws SQLException;
    }

    /** What a search does with a state of the index. */
    @FunctionalInterface
    interface Work<T> {
        T on(DirectorySearcher searcher, SearchReferences references) throws IOException;
    }

    private final DataSource dataSource;
    private final ReferenceCatalog catalog;
    private final Map<UUID, IndexedStructure> structures = new ConcurrentHashMap<>();
    /** The same structures in name order, changed with them (read by each refresh under checkLock). */
    private final NavigableSet<IndexedStructure> byName = new TreeSet<>(Comparator.comparing(IndexedStructure::nameOrder));
    /** Each segment's table, built once, dropped when Lucene closes the segment. */
    private final Map<IndexReader.CacheKey, DirectorySearcher.Segment> segments = new ConcurrentHashMap<>();
    /** Held by the search that checks the database (package-private for the tests that hold it). */
    final ReentrantLock checkLock = new ReentrantLock();
    private final long maxWaitMillis;
    private final List<Follower> followers = new CopyOnWriteArrayList<>();
    private final Optional<SavedIndex> saved;
    // Guarded by checkLock:
    /** The structures of the saved copy's documents, until the first check has compared their stamps. */
    private Map<UUID, IndexedStructure> restored;
    private String fingerprint;
    private IndexWriter writer;
    private SearchReferences references;
    /** The oldest transaction running at the last check: later stamps may not have been seen. */
    private String seenUpTo = "0";
    private volatile boolean checkedOnce;
    /** Whether the index was started from its saved copy (for the log). */
    private volatile boolean restoredOnce;
    /** How many structures were read from the database since the start (for the tests). */
    private final AtomicInteger structuresRead = new AtomicInteger();
    private long lastCheckStartedAt;
    // Set once, under checkLock, before any search reads it.
    private volatile SearcherManager searchers;

    @Inject
    public DirectoryIndex(DataSource dataSource, ReferenceCatalog catalog,
            @ConfigProperty(name = "relance.search.saved-index") Optional<String> savedIndex) {
        this(dataSource, catalog, MAX_WAIT_MILLIS, SavedIndex.at(savedIndex));
    }

    /** An index of its own, kept in memory only (tests). */
    DirectoryIndex(DataSource dataSource, ReferenceCatalog catalog) {
        this(dataSource, catalog, MAX_WAIT_MILLIS, Optional.empty());
    }

    /** An index of its own, with another bound on the wait, saved or not (tests). */
    DirectoryIndex(DataSource dataSource, ReferenceCatalog catalog, long maxWaitMillis, Optional<SavedIndex> saved) {
        this.dataSource = dataSource;
        this.catalog = catalog;
        this.maxWaitMillis = maxWaitMillis;
        this.saved = saved;
    }

    /**
     * Builds the index at start, on {@link fr.relanceiae.shared.preload.Preloading}'s thread from the
     * end of the migrations, rather than at the first search; called again, catches up.
     */
    @Override
    public void preload() {
        long start = System.nanoTime();
        boolean first = !checkedOnce;
        catchUp(start);
        if (first) {
            LOG.infof("Directory search index %s: %d structures in %d ms", restoredOnce ? "read from its saved copy"
                    : "built", structures.size(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Whether the index was read from its saved copy rather than built (tests). */
    boolean startedFromSavedCopy() {
        return restoredOnce;
    }

    int structuresReadFromDatabase() {
        return structuresRead.get();
    }

    /** The structure as the search keeps it in memory (for the tests). */
    IndexedStructure kept(UUID id) {
        return structures.get(id);
    }

    /** Runs a search on a state of the index that has every write committed before this call. */
    <T> T search(Work<T> work) {
        catchUp(System.nanoTime());
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.on((DirectorySearcher) searcher, references);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Brings the index and its followers up to date with every write committed before this call
     * (or, while the index is busy with a burst of writes, answers after {@link #MAX_WAIT_MILLIS}
     * from the state it has, as a search does).
     */
    public void catchUp() {
        catchUp(System.nanoTime());
    }

    /**
     * Starts handing the changes of each check to this follower. It first reads everything, outside
     * the check lock (at start, while the index itself is read or built), then takes in, under the
     * lock, what was written since that read began; from then on, each check hands it what it finds.
     */
    public void follow(Follower follower) {
        String readFrom;
        try (Connection connection = dataSource.getConnection()) {
            // Whatever its read does not see was committed by a transaction at least this recent.
            readFrom = StructureChanges.oldestRunning(connection);
            follower.loadAll(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("A follower of the directory index could not read the database", e);
        }
        catchUp(System.nanoTime()); // built, and checked once
        checkLock.lock();
        try (Connection connection = dataSource.getConnection()) {
            // Under the lock: whatever is written after this check has a stamp the next check hands over.
            follower.apply(connection, StructureChanges.since(connection, readFrom));
            followers.add(follower);
        } catch (SQLException e) {
            throw new IllegalStateException("A follower of the directory index could not read the database", e);
        } finally {
            checkLock.unlock();
        }
    }

    private void catchUp(long arrival) {
        if (!lock()) {
            return; // busy with a burst of writes: answer from the current state
        }
        try {
            if (checkedOnce && lastCheckStartedAt - arrival > 0) {
                return; // a check that started after this search arrived has completed
            }
            long start = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                if (writer == null) {
                    open(connection);
                }
                apply(connection, StructureChanges.since(connection, seenUpTo));
            }
            lastCheckStartedAt = start;
            if (!checkedOnce && !restoredOnce) {
                save(); // so that even a killed app restarts from it
            }
            checkedOnce = true;
        } catch (SQLException e) {
            throw new IllegalStateException("The directory search index could not read the database", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            checkLock.unlock();
        }
    }

    /** Takes the check lock: without a time limit until the index is first built, then within maxWaitMillis. */
    private boolean lock() {
        if (!checkedOnce) {
            checkLock.lock();
            return true;
        }
        try {
            return checkLock.tryLock(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Opens the writer on an empty index, or on the saved copy when there is a usable one. */
    private void open(Connection connection) throws SQLException, IOException {
        references = SearchReferences.load(catalog);
        ByteBuffersDirectory memory = memoryDirectory();
        boolean fromCopy = false;
        fingerprint = saved.isPresent() ? saved.get().fingerprint(connection, references) : null;
        if (fingerprint != null) {
            fromCopy = saved.get().restoreInto(memory, fingerprint);
            if (!fromCopy) {
                memory = memoryDirectory(); // without what a failed copy left
            }
        }
        IndexWriterConfig config = new IndexWriterConfig(StructureDocuments.ANALYZER)
                .setOpenMode(fromCopy ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(32)
                // A refresh never waits for merges (Lucene 9 waits up to 500 ms by default): searches wait for refreshes.
                .setMaxFullFlushMergeWaitMillis(0);
        writer = new IndexWriter(memory, config);
        restored = fromCopy ? SavedIndex.structures(writer) : null;
        restoredOnce = fromCopy;
    }

    private void save() {
        if (fingerprint != null) {
            saved.ifPresent(copy -> copy.save(writer, fingerprint));
        }
    }

    /**
     * Opened after the first check has read every structure: each segment's table, built as a
     * searcher first reads it, holds the structures of its documents (a saved copy's too).
     */
    private SearcherManager openSearchers() throws IOException {
        return new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return DirectorySearcher.open(reader, DirectoryIndex.this::segment, byName);
            }
        });
    }

    /**
     * A directory in memory whose files are each one buffer once written (Lucene writes a file
     * once and never changes it): every term looked up and every postings list read clones its
     * file's input, and the default layout (up to a hundred blocks per file) duplicates every
     * block at each clone; with one buffer, a clone is one duplicate. In a profile of searches
     * of two words (with their synonyms' extra terms), ~15 % of the samples were in those copies.
     */
    private static ByteBuffersDirectory memoryDirectory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    private DirectorySearcher.Segment segment(LeafReader reader) throws IOException {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        DirectorySearcher.Segment segment = segments.get(cache.getKey());
        if (segment == null) {
            segment = DirectorySearcher.Segment.of(reader, structures, references);
            segments.put(cache.getKey(), segment);
            cache.addClosedListener(segments::remove);
        }
        return segment;
    }

    private void apply(Connection connection, StructureChanges changes) throws SQLException, IOException {
        boolean followed = true;
        for (Follower follower : followers) {
            try {
                follower.apply(connection, changes);
            } catch (SQLException | RuntimeException e) {
                // The search goes on; the check does not move on, so the follower is handed these changes again.
                LOG.warn("A follower of the directory index could not take in the latest changes", e);
                followed = false;
            }
        }
        if (restored != null) {
            // The first check after a restart from the saved copy: a document whose stamp is the database's
            // was built from these very rows, and its structure comes with it.
            changes.stamps().forEach((id, stamp) -> {
                IndexedStructure fromCopy = restored.get(id);
                if (fromCopy != null && fromCopy.searchXid().equals(stamp)) {
                    structures.put(id, fromCopy);
                    byName.add(fromCopy);
                    restored.remove(id);
                }
            });
        }
        Set<UUID> stale = new LinkedHashSet<>();
        changes.stamps().forEach((id, stamp) -> {
            IndexedStructure indexed = structures.get(id);
            if (indexed == null || !indexed.searchXid().equals(stamp)) {
                stale.add(id);
            }
        });
        changes.removed().stream().filter(structures::containsKey).forEach(stale::add);
        if (!stale.isEmpty()) {
            Set<UUID> missing = new HashSet<>(stale);
            for (StructureSource source : StructureSourceLoader.load(connection, List.copyOf(stale))) {
                structuresRead.incrementAndGet();
                UUID id = source.indexed().summary().id();
                IndexedStructure replaced = structures.put(id, source.indexed());
                if (replaced != null) {
                    byName.remove(replaced);
                }
                byName.add(source.indexed());
                if (restored != null) {
                    restored.remove(id); // its saved document is of older rows: replaced below
                }
                writer.updateDocument(StructureDocuments.idTerm(id.toString()), StructureDocuments.of(source, references));
                missing.remove(id);
            }
            for (UUID id : missing) {
                writer.deleteDocuments(StructureDocuments.idTerm(id.toString()));
                IndexedStructure removed = structures.remove(id);
                if (removed != null) {
                    byName.remove(removed);
                }
            }
        }
        if (restored != null) {
            // The first check lists every structure: a saved document left over is of one removed since.
            for (UUID id : restored.keySet()) {
                writer.deleteDocuments(StructureDocuments.idTerm(id.toString()));
            }
            restored = null;
        }
        if (searchers == null) {
            searchers = openSearchers();
        } else if (!stale.isEmpty()) {
            searchers.maybeRefreshBlocking();
        }
        if (followed) {
            seenUpTo = changes.oldestRunning();
        }
    }

    /** The summaries of these structures, in this order (those that exist). */
    List<IndexedStructure> load(List<UUID> ids) {
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, IndexedStructure> byId = new HashMap<>();
            StructureSourceLoader.load(connection, ids)
                    .forEach(source -> byId.put(source.indexed().summary().id(), source.indexed()));
            return ids.stream().map(byId::get).filter(s -> s != null).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Structures could not be read", e);
        }
    }

    @PreDestroy
    void close() {
        checkLock.lock();
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                if (checkedOnce) {
                    save();
                }
                writer.close();
            }
        } catch (IOException e) {
            LOG.warn("Closing the directory search index failed", e);
        } finally {
            checkLock.unlock();
        }
    }
}
