package fr.relanceiae.reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.core.EntityTag;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;

/**
 * Every reference list, read once at start: they only change with a migration,
 * and a migration comes with a restart. The one place that reads the reference
 * tables; the API, the rules of the directory and its search all answer from here.
 * Immutable once built, so it is shared by every thread without locking (the
 * communes are published through a completed future).
 */
@Startup
@ApplicationScoped
public class ReferenceCatalog {

    private static final Logger LOG = Logger.getLogger(ReferenceCatalog.class);

    private final ReferenceList<SectorGroupView> sectors;
    private final ReferenceList<DepartmentView> departments;
    private final ReferenceList<StructureKindView> structureKinds;
    private final ReferenceList<PrestaTypeView> prestaTypes;
    private final ReferenceList<CodeName> labels;
    private final ReferenceList<CodeName> networks;
    private final Set<String> sectorSlugs;
    private final Set<String> departmentCodes;
    private final Set<String> labelCodes;
    private final Set<String> networkCodes;
    /** The 35,058 communes, read and indexed on a thread of their own while the rest of the start goes on. */
    private final CompletableFuture<Communes> communes;

    public ReferenceCatalog(DataSource dataSource, ObjectMapper json) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            sectors = tagged(json, sectors(statement));
            departments = tagged(json, departments(statement));
            structureKinds = tagged(json, structureKinds(statement));
            prestaTypes = tagged(json, prestaTypes(statement));
            labels = tagged(json, codeNames(statement, "structure_label"));
            networks = tagged(json, codeNames(statement, "structure_network"));
        }
        sectorSlugs = sectors.items().stream().flatMap(group -> group.sectors().stream()).map(SectorView::slug)
                .collect(Collectors.toUnmodifiableSet());
        departmentCodes = codes(departments.items(), DepartmentView::code);
        labelCodes = codes(labels.items(), CodeName::code);
        networkCodes = codes(networks.items(), CodeName::code);
        Map<String, String> regions = new HashMap<>();
        departments.items().stream().filter(d -> d.regionCode() != null).forEach(d -> regions.put(d.code(), d.regionCode()));
        communes = CompletableFuture.supplyAsync(() -> Communes.load(dataSource, regions, start),
                task -> new Thread(task, "reference-communes").start());
    }

    /**
     * The start completes (and the app reports ready) only once the communes are in
     * memory, and fails if they cannot be read: after the demo data (the search index
     * is meanwhile built on a thread of its own, see Preloading).
     */
    void awaitCommunes(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 100) StartupEvent event) {
        communes.join();
    }

    /** The taxonomy in French alphabetical order: groups, then the sectors of each group. */
    public ReferenceList<SectorGroupView> sectors() {
        return sectors;
    }

    /** Every department, by code. */
    public ReferenceList<DepartmentView> departments() {
        return departments;
    }

    public ReferenceList<StructureKindView> structureKinds() {
        return structureKinds;
    }

    public ReferenceList<PrestaTypeView> prestaTypes() {
        return prestaTypes;
    }

    public ReferenceList<CodeName> labels() {
        return labels;
    }

    public ReferenceList<CodeName> networks() {
        return networks;
    }

    public Set<String> sectorSlugs() {
        return sectorSlugs;
    }

    public Set<String> departmentCodes() {
        return departmentCodes;
    }

    public Set<String> labelCodes() {
        return labelCodes;
    }

    public Set<String> networkCodes() {
        return networkCodes;
    }

    /** At most 20 communes matching a name, the start of one of its words, or (the start of) a postcode. */
    public List<CommuneView> searchCommunes(String query) {
        return communes.join().index().search(query);
    }

    public Optional<CommuneView> commune(String inseeCode) {
        return Optional.ofNullable(communes.join().byInseeCode().get(inseeCode));
    }

    /** The communes of a department in INSEE code order. */
    public List<CommuneView> communesOf(String departmentCode) {
        return communes.join().byDepartment().getOrDefault(departmentCode, List.of());
    }

    /** The department of the communes that have this postcode. */
    public Optional<String> departmentOfPostCode(String postCode) {
        return Optional.ofNullable(communes.join().departmentByPostCode().get(postCode));
    }

    /** The commune whose centre is nearest to a point, e.g. the department of a place given as a point. */
    public Optional<CommuneView> nearestCommune(double latitude, double longitude) {
        return communes.join().centres().nearest(latitude, longitude);
    }

    private record Communes(CommuneIndex index, Map<String, CommuneView> byInseeCode,
            Map<String, List<CommuneView>> byDepartment, Map<String, String> departmentByPostCode,
            CommuneCentres centres) {

        static Communes load(DataSource dataSource, Map<String, String> regionOfDepartment, long start) {
            List<CommuneView> communes;
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                communes = read(statement);
            } catch (SQLException e) {
                throw new IllegalStateException("The communes could not be read", e);
            }
            Map<String, List<CommuneView>> byDepartment = new HashMap<>();
            Map<String, String> byPostCode = new HashMap<>();
            for (CommuneView commune : communes) {
                byDepartment.computeIfAbsent(commune.departmentCode(), code -> new ArrayList<>()).add(commune);
                // A postcode shared by two departments (rare) belongs to the lowest code, as before.
                commune.postCodes().forEach(postCode -> byPostCode.merge(postCode, commune.departmentCode(),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b));
            }
            byDepartment.replaceAll((code, list) -> list.stream()
                    .sorted(Comparator.comparing(CommuneView::inseeCode)).toList());
            Communes loaded = new Communes(new CommuneIndex(communes, regionOfDepartment::get),
                    communes.stream().collect(Collectors.toUnmodifiableMap(CommuneView::inseeCode, c -> c)),
                    Map.copyOf(byDepartment), Map.copyOf(byPostCode), new CommuneCentres(communes));
            LOG.infof("Reference data read: %d communes indexed %d ms after the start of the catalogue",
                    communes.size(), (System.nanoTime() - start) / 1_000_000);
            return loaded;
        }

        /** Postcodes as one string: faster to read than a JDBC array, 35,058 times. */
        private static List<CommuneView> read(Statement statement) throws SQLException {
            List<CommuneView> communes = new ArrayList<>(36_000);
            try (ResultSet rows = statement.executeQuery("select insee_code, name, department_code,"
                    + " array_to_string(post_codes, ' '), latitude, longitude from commune")) {
                while (rows.next()) {
                    communes.add(new CommuneView(rows.getString(1), rows.getString(2), rows.getString(3),
                            List.of(rows.getString(4).split(" ")), rows.getObject(5, Double.class),
                            rows.getObject(6, Double.class)));
                }
            }
            return communes;
        }
    }

    private static List<SectorGroupView> sectors(Statement statement) throws SQLException {
        Map<String, List<SectorView>> sectorsByGroup = new HashMap<>();
        try (ResultSet rows = statement.executeQuery("select group_slug, slug, name from sector order by position, slug")) {
            while (rows.next()) {
                sectorsByGroup.computeIfAbsent(rows.getString(1), group -> new ArrayList<>())
                        .add(new SectorView(rows.getString(2), rows.getString(3)));
            }
        }
        List<SectorGroupView> groups = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select slug, name from sector_group order by position, slug")) {
            while (rows.next()) {
                groups.add(new SectorGroupView(rows.getString(1), rows.getString(2),
                        List.copyOf(sectorsByGroup.getOrDefault(rows.getString(1), List.of()))));
            }
        }
        return groups;
    }

    private static List<DepartmentView> departments(Statement statement) throws SQLException {
        // Sorted here rather than by the database's collation: "2A" comes where Java puts it, whatever the server.
        Map<String, DepartmentView> byCode = new TreeMap<>();
        try (ResultSet rows = statement.executeQuery("select code, name, region_code, region_name from department")) {
            while (rows.next()) {
                byCode.put(rows.getString(1), new DepartmentView(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getString(4)));
            }
        }
        return new ArrayList<>(byCode.values());
    }

    private static List<StructureKindView> structureKinds(Statement statement) throws SQLException {
        List<StructureKindView> kinds = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "select code, label, description from structure_kind order by position")) {
            while (rows.next()) {
                kinds.add(new StructureKindView(StructureKind.valueOf(rows.getString(1)), rows.getString(2),
                        rows.getString(3)));
            }
        }
        return kinds;
    }

    private static List<PrestaTypeView> prestaTypes(Statement statement) throws SQLException {
        List<PrestaTypeView> types = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select code, label from presta_type order by position")) {
            while (rows.next()) {
                types.add(new PrestaTypeView(PrestaType.valueOf(rows.getString(1)), rows.getString(2)));
            }
        }
        return types;
    }

    private static List<CodeName> codeNames(Statement statement, String table) throws SQLException {
        List<CodeName> entries = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select code, name from " + table + " order by position")) {
            while (rows.next()) {
                entries.add(new CodeName(rows.getString(1), rows.getString(2)));
            }
        }
        return entries;
    }

    private static <T> Set<String> codes(List<T> items, Function<T, String> code) {
        return items.stream().map(code).collect(Collectors.toUnmodifiableSet());
    }

    /** The list, immutable, with a hash of its JSON form as its entity tag. */
    private static <T> ReferenceList<T> tagged(ObjectMapper json, List<T> items) {
        try {
            byte[] body = json.writeValueAsBytes(items);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(body);
            // The gzipped bytes' tag derives from the JSON, not from the gzip output (which a JDK's zlib may vary).
            sha.update("gzip ".getBytes(StandardCharsets.US_ASCII));
            byte[] gzipDigest = sha.digest(body);
            SerializedList<T> plain = new SerializedList<>(items, body);
            return new ReferenceList<>(List.copyOf(items),
                    new ReferenceList.Representation<>(new EntityTag(HexFormat.of().formatHex(digest, 0, 16)), plain),
                    new ReferenceList.Representation<>(new EntityTag(HexFormat.of().formatHex(gzipDigest, 0, 16)),
                            plain.gzipped()));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Reference list not serialisable", e);
        }
    }
}
