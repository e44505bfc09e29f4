package fr.relanceiae.directory.importing;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.reference.StructureKind;

/**
 * The French labels of the codes a structure file holds (kinds, presta types, zones, sectors,
 * departments), both ways: the readable export writes the labels, the import reads a code or a
 * label alike (case, accents and apostrophes ignored), so that a readable export imports back.
 * One instance, made from the {@link ReferenceCatalog} when first needed, serves every call.
 */
@Singleton
public final class CsvVocabulary {

    private static final Map<GeoRange, String> RANGE_LABELS = new EnumMap<>(Map.of(
            GeoRange.COUNTRY, "France entière",
            GeoRange.DEPARTMENTS, "Départements",
            GeoRange.RADIUS, "Rayon autour de l'adresse"));

    private final Map<StructureKind, String> kinds;
    private final Map<PrestaType, String> prestaTypes;
    private final Map<String, String> sectors;
    private final Map<String, String> departments;
    private final Map<String, StructureKind> kindsByKey = new HashMap<>();
    private final Map<String, PrestaType> prestaTypesByKey = new HashMap<>();
    private final Map<String, GeoRange> rangesByKey = new HashMap<>();
    private final Map<String, String> sectorsByKey = new HashMap<>();
    private final Map<String, String> departmentsByKey = new HashMap<>();

    /**
     * @param sectors     slug → name, in the order the taxonomy lists them
     * @param departments code → name, by code
     */
    public CsvVocabulary(Map<StructureKind, String> kinds, Map<PrestaType, String> prestaTypes,
            Map<String, String> sectors, Map<String, String> departments) {
        this.kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        this.prestaTypes = Collections.unmodifiableMap(new LinkedHashMap<>(prestaTypes));
        this.sectors = Collections.unmodifiableMap(new LinkedHashMap<>(sectors));
        this.departments = Collections.unmodifiableMap(new LinkedHashMap<>(departments));
        kinds.forEach((kind, label) -> index(kindsByKey, kind, kind.name(), label));
        prestaTypes.forEach((type, label) -> index(prestaTypesByKey, type, type.name(), label));
        RANGE_LABELS.forEach((range, label) -> index(rangesByKey, range, range.name(), label));
        sectors.forEach((slug, name) -> index(sectorsByKey, slug, slug, name));
        departments.forEach((code, name) -> index(departmentsByKey, code, code, name));
    }

    /**
     * The reference data as the API lists it. Built once: the catalogue is read once at start (the
     * lists change only with a migration, which comes with a restart).
     */
    @Inject
    public CsvVocabulary(ReferenceCatalog references) {
        this(kinds(references), prestaTypes(references), sectors(references), departments(references));
    }

    private static Map<StructureKind, String> kinds(ReferenceCatalog references) {
        Map<StructureKind, String> kinds = new LinkedHashMap<>();
        references.structureKinds().items().forEach(kind -> kinds.put(kind.code(), kind.label()));
        return kinds;
    }

    private static Map<PrestaType, String> prestaTypes(ReferenceCatalog references) {
        Map<PrestaType, String> prestaTypes = new LinkedHashMap<>();
        references.prestaTypes().items().forEach(type -> prestaTypes.put(type.code(), type.label()));
        return prestaTypes;
    }

    private static Map<String, String> sectors(ReferenceCatalog references) {
        Map<String, String> sectors = new LinkedHashMap<>();
        references.sectors().items().forEach(group -> group.sectors().forEach(s -> sectors.put(s.slug(), s.name())));
        return sectors;
    }

    private static Map<String, String> departments(ReferenceCatalog references) {
        Map<String, String> departments = new LinkedHashMap<>();
        references.departments().items().forEach(department -> departments.put(department.code(), department.name()));
        return departments;
    }

    private static <T> void index(Map<String, T> byKey, T value, String code, String label) {
        byKey.put(key(code), value);
        byKey.putIfAbsent(key(label), value);
    }

    /** How a header or a value is compared: without case, accents, apostrophe variants or extra spaces. */
    static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('’', '\'').replace('`', '\'').replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }

    public Optional<StructureKind> kind(String codeOrLabel) {
        return Optional.ofNullable(kindsByKey.get(key(codeOrLabel)));
    }

    public Optional<PrestaType> prestaType(String codeOrLabel) {
        return Optional.ofNullable(prestaTypesByKey.get(key(codeOrLabel)));
    }

    public Optional<GeoRange> geoRange(String codeOrLabel) {
        return Optional.ofNullable(rangesByKey.get(key(codeOrLabel)));
    }

    /** The slug of a sector named by its slug or its name; the value as it is when unknown (the rules say so). */
    public String sectorSlug(String slugOrName) {
        return sectorsByKey.getOrDefault(key(slugOrName), slugOrName);
    }

    /** The code of a department named by its code or its name; the value as it is when unknown. */
    public String departmentCode(String codeOrName) {
        return departmentsByKey.getOrDefault(key(codeOrName), codeOrName);
    }

    public String kindLabel(StructureKind kind) {
        return kinds.getOrDefault(kind, kind.name());
    }

    public String prestaTypeLabel(PrestaType type) {
        return prestaTypes.getOrDefault(type, type.name());
    }

    public static String geoRangeLabel(GeoRange range) {
        return RANGE_LABELS.get(range);
    }

    public String sectorName(String slug) {
        return sectors.getOrDefault(slug, slug);
    }

    public String departmentName(String code) {
        return departments.getOrDefault(code, code);
    }

    public Map<StructureKind, String> kinds() {
        return kinds;
    }

    public Map<PrestaType, String> prestaTypes() {
        return prestaTypes;
    }

    public static Map<GeoRange, String> geoRanges() {
        return RANGE_LABELS;
    }

    public Map<String, String> sectors() {
        return sectors;
    }

    public Map<String, String> departments() {
        return departments;
    }

    /** The first sector of the taxonomy (the template's example). */
    List<String> firstSectors(int count) {
        return sectors.keySet().stream().limit(count).toList();
    }
}
