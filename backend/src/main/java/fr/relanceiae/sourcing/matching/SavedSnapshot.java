package fr.relanceiae.sourcing.matching;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jboss.logging.Logger;

import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.preload.CopyIdentity;

/**
 * The matching snapshot's copy on disk, so that a restart reads it rather than every structure,
 * activity and offer again, with their texts cut into stems (with the search index read from its
 * own copy, that was the largest part of a restart's CPU left to the app: backend/bench/RESULTS.md,
 * "Restart"). Like the search index's ({@code SavedIndex}), it is only a cache: written once
 * the snapshot is first read and when the app stops, read back only if written by the same build
 * for the same database ({@link CopyIdentity}), then compared structure by structure with the
 * database's stamps (V12). A stem is written as its word, numbered again as it is read.
 */
final class SavedSnapshot {

    private static final Logger LOG = Logger.getLogger(SavedSnapshot.class);

    private final Path file;
    /** The app's build, or null when it cannot be told (nothing is then saved). */
    private final String build;

    SavedSnapshot(Path file) {
        this(file, CopyIdentity.build());
    }

    /** With a build named by the caller (tests, whose classes are not in a jar). */
    SavedSnapshot(Path file, String build) {
        this.file = file;
        this.build = build;
    }

    static Optional<SavedSnapshot> at(Optional<String> file) {
        return file.filter(path -> !path.isBlank()).map(path -> new SavedSnapshot(Path.of(path)));
    }

    /** What a copy must have been written with to be read back; null when the build or the database cannot be told. */
    String fingerprint(Connection connection) {
        return CopyIdentity.of(build, connection);
    }

    /** The entries of the copy, if there is one written with this fingerprint and it reads whole. */
    Optional<List<MatchingSnapshot.Entry>> read(String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!fingerprint.equals(string(in))) {
                LOG.info("The saved matching snapshot was written by another build or for another database: it is read again");
                return Optional.empty();
            }
            Map<Integer, Integer> codes = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String stem = string(in);
                codes.put(in.readInt(), Stems.code(stem));
            }
            int count = in.readInt();
            List<MatchingSnapshot.Entry> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String stamp = string(in);
                entries.add(new MatchingSnapshot.Entry(candidate(in, codes), stamp));
            }
            return Optional.of(entries);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The saved matching snapshot could not be read: it is read from the database", e);
            return Optional.empty();
        }
    }

    /** Writes these entries under this fingerprint to a file of its own, which then takes the place of the previous copy. */
    void save(Collection<MatchingSnapshot.Entry> entries, String fingerprint) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(next)))) {
                List<MatchingSnapshot.Entry> all = List.copyOf(entries);
                // Read after the entries: numbers only ever get added, so every stem of theirs is in it.
                Map<String, Integer> vocabulary = Stems.vocabulary();
                string(out, fingerprint);
                out.writeInt(vocabulary.size());
                for (Map.Entry<String, Integer> stem : vocabulary.entrySet()) {
                    string(out, stem.getKey());
                    out.writeInt(stem.getValue());
                }
                out.writeInt(all.size());
                for (MatchingSnapshot.Entry entry : all) {
                    string(out, entry.stamp());
                    candidate(out, entry.candidate());
                }
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The matching snapshot could not be saved: the next start reads it from the database", e);
        }
    }

    private static void candidate(DataOutputStream out, Candidate candidate) throws IOException {
        uuid(out, candidate.id());
        string(out, candidate.name());
        string(out, candidate.sortName());
        string(out, candidate.kind().name());
        out.writeBoolean(candidate.active());
        string(out, candidate.department());
        number(out, candidate.latitude());
        number(out, candidate.longitude());
        number(out, candidate.insertionFte());
        out.writeBoolean(candidate.annualRevenue() != null);
        if (candidate.annualRevenue() != null) {
            out.writeLong(candidate.annualRevenue());
        }
        out.writeBoolean(candidate.withEmail());
        uuid(out, candidate.organisationId());
        out.writeInt(candidate.activities().size());
        for (Candidate.CandidateActivity activity : candidate.activities()) {
            string(out, activity.sector());
            strings(out, activity.prestaTypes().stream().map(PrestaType::name).toList());
            string(out, activity.range().name());
            strings(out, List.copyOf(activity.departments()));
            out.writeBoolean(activity.radiusKm() != null);
            if (activity.radiusKm() != null) {
                out.writeInt(activity.radiusKm());
            }
        }
        out.writeInt(candidate.offers().size());
        for (Candidate.CandidateOffer offer : candidate.offers()) {
            string(out, offer.title());
            stems(out, offer.titleText());
            stems(out, offer.descriptionText());
        }
        stems(out, candidate.descriptionText());
    }

    private static Candidate candidate(DataInputStream in, Map<Integer, Integer> codes) throws IOException {
        UUID id = uuid(in);
        String name = string(in);
        String sortName = string(in);
        StructureKind kind = StructureKind.valueOf(string(in));
        boolean active = in.readBoolean();
        String department = string(in);
        Double latitude = number(in);
        Double longitude = number(in);
        Double insertionFte = number(in);
        Long annualRevenue = in.readBoolean() ? in.readLong() : null;
        boolean withEmail = in.readBoolean();
        UUID organisationId = uuid(in);
        List<Candidate.CandidateActivity> activities = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String sector = string(in);
            Set<PrestaType> types = EnumSet.noneOf(PrestaType.class);
            strings(in, PrestaType::valueOf).forEach(types::add);
            GeoRange range = GeoRange.valueOf(string(in));
            Set<String> departments = new HashSet<>(strings(in, Function.identity()));
            Integer radius = in.readBoolean() ? in.readInt() : null;
            activities.add(new Candidate.CandidateActivity(sector, types, range, departments, radius));
        }
        List<Candidate.CandidateOffer> offers = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            offers.add(new Candidate.CandidateOffer(string(in), stems(in, codes), stems(in, codes)));
        }
        return new Candidate(id, name, sortName, kind, active, department, latitude, longitude, insertionFte,
                annualRevenue, withEmail, organisationId, activities, offers, stems(in, codes));
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    private static <T> List<T> strings(DataInputStream in, Function<String, T> parse) throws IOException {
        List<T> values = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            values.add(parse.apply(string(in)));
        }
        return values;
    }

    private static void uuid(DataOutputStream out, UUID id) throws IOException {
        out.writeBoolean(id != null);
        if (id != null) {
            out.writeLong(id.getMostSignificantBits());
            out.writeLong(id.getLeastSignificantBits());
        }
    }

    private static UUID uuid(DataInputStream in) throws IOException {
        return in.readBoolean() ? new UUID(in.readLong(), in.readLong()) : null;
    }

    private static void number(DataOutputStream out, Double value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeDouble(value);
        }
    }

    private static Double number(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    private static void stems(DataOutputStream out, int[] stems) throws IOException {
        out.writeInt(stems.length);
        for (int stem : stems) {
            out.writeInt(stem);
        }
    }

    /** Stems as numbered in the file, numbered as this process numbers them, in increasing order. */
    private static int[] stems(DataInputStream in, Map<Integer, Integer> codes) throws IOException {
        int[] stems = new int[in.readInt()];
        for (int i = 0; i < stems.length; i++) {
            Integer code = codes.get(in.readInt());
            if (code == null) {
                throw new IOException("A stem is missing from the saved snapshot's vocabulary");
            }
            stems[i] = code;
        }
        Arrays.sort(stems);
        return stems;
    }
}
