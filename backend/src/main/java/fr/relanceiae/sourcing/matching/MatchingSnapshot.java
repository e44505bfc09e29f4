package fr.relanceiae.sourcing.matching;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.directory.search.DirectoryIndex;
import fr.relanceiae.directory.search.StructureChanges;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.preload.Preloaded;

/**
 * Every structure of the directory as matching reads it ({@link Candidate}), in this replica's
 * memory, kept up to date by the directory search index's own checks: it is a
 * {@linkplain DirectoryIndex.Follower follower} of the {@link DirectoryIndex}, which hands it the
 * stamps (V12) of the structures written since its previous check; the structures whose stamp moved
 * are read again (three statements per thousand). {@link #candidates()} first has the index check,
 * so a match sees every write committed before it was asked, whichever replica made it — or, while
 * an import pours in rows, answers after the index's wait bound from the state it has, as the
 * directory search does.
 *
 * <p>Why a copy of its own rather than the Lucene index's: the rule needs each activity with its
 * range, departments and radius together, and the reasons need each offer's title; the index keeps
 * neither per activity nor per offer. Why not SQL per call: the rule and the score over 10,000
 * structures take a few milliseconds of CPU in memory (backend/bench/match.sh), well under the
 * preview's 50 ms p99 budget, where a query joining structures, activities and offers (100,000
 * offers for the text) would take that budget alone. The copy costs some memory: each text is kept
 * as a sorted array of stem numbers ({@link Stems}), not as strings.
 *
 * <p>With a {@link SavedSnapshot} (the embedded database's default), the snapshot is written to disk
 * once read and when the app stops, and a restart reads that copy back and then only the structures
 * whose stamp moved meanwhile.
 */
@ApplicationScoped
public class MatchingSnapshot implements DirectoryIndex.Follower, Preloaded {

    private static final Logger LOG = Logger.getLogger(MatchingSnapshot.class);
    private static final int CHUNK = 1000;
    private static final String STRUCTURES = "select s.id, s.name, s.sort_name, s.kind, s.active, s.department,"
            + " s.latitude, s.longitude, s.insertion_fte, s.annual_revenue, coalesce(s.email, '') <> '',"
            + " s.organisation_id, s.description, s.search_xid::text from structure s";
    private static final String ACTIVITIES = "select a.structure_id, a.sector_slug, a.presta_types, a.geo_range,"
            + " a.geo_departments, a.geo_radius_km from structure_activity a";
    private static final String OFFERS = "select o.structure_id, o.title, o.description from offer o";

    /** A structure as matching reads it, and the stamp (V12) of the rows it was read from. */
    record Entry(Candidate candidate, String stamp) {
    }

    /** The candidates, as a list and by sector, and the count of changes they were built after. */
    private record View(long changeCount, List<Candidate> candidates, Map<String, List<Candidate>> bySector) {
    }

    private final DirectoryIndex index;
    private final Optional<SavedSnapshot> saved;
    private final Map<UUID, Entry> structures = new ConcurrentHashMap<>();
    private volatile boolean following;
    /** What a saved copy must have been written with (null: none is read nor written); set by the first read. */
    private volatile String fingerprint;
    /** Whether the first read took the saved copy (for the log and the tests). */
    private volatile boolean restoredOnce;
    /** How many structures were read from the database since the start (for the tests). */
    private final AtomicInteger structuresRead = new AtomicInteger();
    /** Counts the changes to {@link #structures}, so that {@link #view} is rebuilt only after one. */
    private final AtomicLong changeCount = new AtomicLong();
    private volatile View view;

    @Inject
    public MatchingSnapshot(DirectoryIndex index,
            @ConfigProperty(name = "relance.matching.saved-snapshot") Optional<String> savedSnapshot) {
        this(index, SavedSnapshot.at(savedSnapshot).orElse(null));
    }

    /** Following this index, saved there or (null) not (tests). */
    MatchingSnapshot(DirectoryIndex index, SavedSnapshot saved) {
        this.index = index;
        this.saved = Optional.ofNullable(saved);
    }

    /**
     * Reads the directory at start ({@link fr.relanceiae.shared.preload.Preloading}), while the search
     * index it follows is read, rather than at the first match; called again, catches up.
     */
    @Override
    public void preload() {
        if (following) {
            index.catchUp();
            return;
        }
        long start = System.nanoTime();
        follow();
        LOG.infof("Matching snapshot %s: %d structures in %d ms", restoredOnce ? "read from its saved copy" : "read",
                structures.size(), (System.nanoTime() - start) / 1_000_000);
    }

    boolean startedFromSavedCopy() {
        return restoredOnce;
    }

    int structuresReadFromDatabase() {
        return structuresRead.get();
    }

    /** Saves the snapshot for the next start, when it has one to save. */
    @PreDestroy
    void close() {
        if (following && fingerprint != null) {
            saved.ifPresent(copy -> copy.save(structures.values(), fingerprint));
        }
    }

    /** Every structure, deactivated ones included, with every write committed before this call. */
    public Collection<Candidate> candidates() {
        return currentView().candidates();
    }

    /**
     * Those with an activity in one of these sectors, each once: the only ones the rule can match
     * (a need names a few sectors of about a hundred, so a match reads a few hundred structures,
     * not all of them: reading them all was most of a preview's time).
     */
    public Collection<Candidate> candidatesInSectors(Set<String> sectors) {
        Map<String, List<Candidate>> bySector = currentView().bySector();
        if (sectors.size() == 1) {
            return bySector.getOrDefault(sectors.iterator().next(), List.of());
        }
        Set<Candidate> union = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String sector : sectors) {
            union.addAll(bySector.getOrDefault(sector, List.of()));
        }
        return union;
    }

    /**
     * The structures as a list and by sector, rebuilt only after a change. A view built while a
     * change is applied is stale by one count, so rebuilt at the next call.
     */
    private View currentView() {
        if (!following) {
            follow();
        } else {
            index.catchUp();
        }
        long current = changeCount.get();
        View built = view;
        if (built == null || built.changeCount() != current) {
            List<Candidate> all = structures.values().stream().map(Entry::candidate).toList();
            Map<String, List<Candidate>> bySector = new HashMap<>();
            for (Candidate candidate : all) {
                candidate.activities().stream().map(Candidate.CandidateActivity::sector).distinct()
                        .forEach(sector -> bySector.computeIfAbsent(sector, key -> new ArrayList<>()).add(candidate));
            }
            built = new View(current, all, bySector);
            view = built;
        }
        return built;
    }

    private synchronized void follow() {
        if (!following) {
            index.follow(this);
            following = true;
        }
    }

    /**
     * Reads every structure: from the saved copy when there is one that fits, compared with the
     * database's stamps (those whose stamp moved are read again, those gone are dropped, even if
     * the removals' log lost them), or else from the database, and then saved.
     */
    @Override
    public void loadAll(Connection connection) throws SQLException {
        structures.clear();
        fingerprint = saved.map(copy -> copy.fingerprint(connection)).orElse(null);
        List<Entry> restored = fingerprint == null ? null : saved.get().read(fingerprint).orElse(null);
        if (restored != null) {
            restored.forEach(entry -> structures.put(entry.candidate().id(), entry));
            StructureChanges every = StructureChanges.all(connection);
            structures.keySet().retainAll(every.stamps().keySet());
            apply(connection, every);
            restoredOnce = true;
        } else {
            for (Entry entry : read(connection, null)) {
                structures.put(entry.candidate().id(), entry);
            }
            structuresRead.addAndGet(structures.size());
            if (fingerprint != null) {
                saved.get().save(structures.values(), fingerprint); // so that even a killed app restarts from it
            }
        }
        changeCount.incrementAndGet();
    }

    @Override
    public void apply(Connection connection, StructureChanges changes) throws SQLException {
        Set<UUID> stale = new HashSet<>();
        changes.stamps().forEach((id, stamp) -> {
            Entry entry = structures.get(id);
            if (entry == null || !entry.stamp().equals(stamp)) {
                stale.add(id);
            }
        });
        changes.removed().stream().filter(structures::containsKey).forEach(stale::add);
        List<UUID> ids = List.copyOf(stale);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Set<UUID> missing = new HashSet<>(chunk);
            for (Entry entry : read(connection, chunk)) {
                structuresRead.incrementAndGet();
                structures.put(entry.candidate().id(), entry);
                missing.remove(entry.candidate().id());
            }
            missing.forEach(structures::remove);
        }
        if (!ids.isEmpty()) {
            changeCount.incrementAndGet();
        }
    }

    /** A structure's row, until its activities and offers are read. */
    private record Row(UUID id, String name, String sortName, StructureKind kind, boolean active, String department,
            Double latitude, Double longitude, Double insertionFte, Long annualRevenue, boolean withEmail,
            UUID organisationId, String description, String stamp) {
    }

    /**
     * The structures of these ids (null: all), each with its activities and offers. The rows, and so
     * their stamps, are read first: a write committed between the statements gives a newer stamp than
     * the one kept, and the next check reads the structure again (read last, the stamp could be newer
     * than the activities read before it, and the structure would never be read again).
     */
    private static List<Entry> read(Connection connection, List<UUID> ids) throws SQLException {
        Array idArray = ids == null ? null : connection.createArrayOf("uuid", ids.toArray());
        List<Row> structureRows = new ArrayList<>();
        try (PreparedStatement statement = statement(connection, STRUCTURES, "s.id", idArray, "");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                structureRows.add(new Row(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                        StructureKind.valueOf(rows.getString(4)), rows.getBoolean(5), rows.getString(6),
                        rows.getObject(7, Double.class), rows.getObject(8, Double.class),
                        rows.getBigDecimal(9) == null ? null : rows.getBigDecimal(9).doubleValue(),
                        rows.getObject(10, Long.class), rows.getBoolean(11), rows.getObject(12, UUID.class),
                        rows.getString(13), rows.getString(14)));
            }
        }
        Map<UUID, List<Candidate.CandidateActivity>> activities = new HashMap<>();
        try (PreparedStatement statement = statement(connection, ACTIVITIES, "a.structure_id", idArray, "");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Set<PrestaType> types = EnumSet.noneOf(PrestaType.class);
                strings(rows.getArray(3)).forEach(type -> types.add(PrestaType.valueOf(type)));
                activities.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new Candidate.CandidateActivity(rows.getString(2), types,
                                GeoRange.valueOf(rows.getString(4)), Set.copyOf(strings(rows.getArray(5))),
                                rows.getObject(6, Integer.class)));
            }
        }
        Map<UUID, List<Candidate.CandidateOffer>> offers = new HashMap<>();
        try (PreparedStatement statement = statement(connection, OFFERS, "o.structure_id", idArray,
                " order by o.created_at, o.id"); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                offers.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new Candidate.CandidateOffer(rows.getString(2), Stems.of(rows.getString(2)),
                                Stems.of(rows.getString(3))));
            }
        }
        List<Entry> entries = new ArrayList<>(structureRows.size());
        for (Row row : structureRows) {
            entries.add(new Entry(new Candidate(row.id(), row.name(), row.sortName(), row.kind(), row.active(),
                    row.department(), row.latitude(), row.longitude(), row.insertionFte(), row.annualRevenue(),
                    row.withEmail(), row.organisationId(), activities.getOrDefault(row.id(), List.of()),
                    offers.getOrDefault(row.id(), List.of()), Stems.of(row.description())), row.stamp()));
        }
        return entries;
    }

    private static PreparedStatement statement(Connection connection, String select, String idColumn, Array ids,
            String order) throws SQLException {
        PreparedStatement statement = connection
                .prepareStatement(select + (ids == null ? "" : " where " + idColumn + " = any(?)") + order);
        if (ids != null) {
            statement.setArray(1, ids);
        }
        return statement;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
