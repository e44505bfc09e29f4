package fr.relanceiae.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;
import org.jboss.logging.Logger;

import fr.relanceiae.shared.preload.CopyIdentity;

/**
 * The search index's copy on disk, so that a restart reads the index rather than building it
 * again (building 4,000 structures was about a third of a restart's CPU, Lucene's code still
 * cold). It is only a cache: the index in memory is the one searched; this copy is written when
 * the index is first built and when the app stops, and read back at the next start only if it
 * was written by the same build of the app, for the same database and the same reference data
 * ({@link #fingerprint}). What changed in the meantime is then found as any write is: each
 * document carries the stamp (see V12) of the rows it was built from, and those whose stamp
 * differs from the database's are built again. Anything wrong with the copy (missing, from
 * another build, unreadable) means a build from the database, as without it.
 *
 * <p>Only one process may use a copy: it lives in the embedded database's data directory,
 * which that database already keeps to one process.
 */
final class SavedIndex {

    private static final Logger LOG = Logger.getLogger(SavedIndex.class);
    /** The commit's user data that says what the copy was built with. */
    static final String FINGERPRINT = "relance.fingerprint";
    /** The one stored field a restart reads. */
    private static final Set<String> SUMMARY_ONLY = Set.of(StructureDocuments.SUMMARY);

    private final Path location;
    /** The app's build ({@link CopyIdentity#build()}), or null when it cannot be told (nothing is then saved). */
    private final String build;

    SavedIndex(Path location) {
        this(location, CopyIdentity.build());
    }

    /** With a build named by the caller (tests, whose classes are not in a jar). */
    SavedIndex(Path location, String build) {
        this.location = location;
        this.build = build;
    }

    /**
     * What a copy must have been written with to be read back: Lucene's version, the app's build
     * (any change to what a document holds comes with a new jar), the database (its cluster and its oid: a database created again
     * has other stamps) and the reference data the documents hold (sector names and groups);
     * null when the build or the database cannot be identified (the copy is then neither read
     * nor written).
     */
    String fingerprint(Connection connection, SearchReferences references) {
        String buildAndDatabase = CopyIdentity.of(build, connection);
        if (buildAndDatabase == null) {
            return null;
        }
        String referenceData = new TreeMap<>(references.sectorNames()) + "|" + new TreeMap<>(references.groupOfSector());
        return "lucene " + Version.LATEST + "; " + buildAndDatabase
                + "; references " + Integer.toHexString(referenceData.hashCode());
    }

    /**
     * Copies the saved index into {@code memory} (empty) if it was written with this fingerprint.
     *
     * @return whether it was: the caller then opens {@code memory} in append mode, or else drops it
     */
    boolean restoreInto(Directory memory, String fingerprint) {
        if (!Files.isDirectory(location)) {
            return false;
        }
        try (FSDirectory disk = FSDirectory.open(location)) {
            SegmentInfos commit = SegmentInfos.readLatestCommit(disk);
            if (!fingerprint.equals(commit.getUserData().get(FINGERPRINT))) {
                LOG.info("The saved search index was written by another build or for other data: it is built again");
                return false;
            }
            for (String file : commit.files(true)) {
                memory.copyFrom(disk, file, file, IOContext.READONCE);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The saved search index could not be read: it is built again", e);
            return false;
        }
    }

    /**
     * Commits the writer's index with this fingerprint and writes that commit to disk, in a folder
     * of its own that then takes the place of the previous copy: a copy is whole or absent.
     */
    void save(IndexWriter writer, String fingerprint) {
        Path next = location.resolveSibling(location.getFileName() + ".next");
        Path previous = location.resolveSibling(location.getFileName() + ".previous");
        try {
            writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
            writer.commit();
            Directory memory = writer.getDirectory();
            List<IndexCommit> commits = DirectoryReader.listCommits(memory); // oldest first
            IndexCommit commit = commits.get(commits.size() - 1);
            deleteTree(next);
            Files.createDirectories(next);
            try (FSDirectory disk = FSDirectory.open(next)) {
                Collection<String> files = commit.getFileNames();
                for (String file : files) {
                    disk.copyFrom(memory, file, file, IOContext.DEFAULT);
                }
                disk.sync(files);
                disk.syncMetaData();
            }
            deleteTree(previous);
            if (Files.exists(location)) {
                Files.move(location, previous);
            }
            Files.move(next, location);
            deleteTree(previous);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index could not be saved: the next start builds it from the database", e);
        }
    }

    /** The structure of each live document, as it was when the document was built (with its stamp). */
    static Map<UUID, IndexedStructure> structures(IndexWriter writer) throws IOException {
        Map<UUID, IndexedStructure> structures = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                BinaryDocValues stamps = leaf.reader().getBinaryDocValues(StructureDocuments.STAMP);
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                if (stamps == null) {
                    continue;
                }
                for (int doc = stamps.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = stamps.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    BytesRef summary = stored.document(doc, SUMMARY_ONLY)
                            .getBinaryValue(StructureDocuments.SUMMARY);
                    IndexedStructure structure = SummaryBytes.read(summary, stamps.binaryValue().utf8ToString());
                    structures.put(structure.summary().id(), structure);
                }
            }
        }
        return structures;
    }

    static Optional<SavedIndex> at(Optional<String> location) {
        return location.filter(path -> !path.isBlank()).map(path -> new SavedIndex(Path.of(path)));
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> { // files before their folder
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
