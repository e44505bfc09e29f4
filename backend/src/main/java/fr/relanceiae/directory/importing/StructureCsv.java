package fr.relanceiae.directory.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import fr.relanceiae.directory.DirectoryReferences;
import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.directory.Issue;
import fr.relanceiae.directory.Siret;
import fr.relanceiae.directory.profile.ActivityInput;
import fr.relanceiae.directory.profile.ActivityRules;
import fr.relanceiae.directory.profile.StructureInput;
import fr.relanceiae.directory.profile.StructureRules;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.input.InputRules;

/**
 * The CSV form of structures, shared by the import and the export: its columns,
 * and how one row becomes a structure's profile and activities. Values are checked
 * by the same {@link StructureRules} and {@link ActivityRules} as the API's.
 */
public final class StructureCsv {

    /** How an export writes its cells: a buyer's French headers and labels, or the import's codes. */
    public enum Layout {
        READABLE, IMPORT
    }

    /** What a column holds: how a cell reads on import and how a value is written in each layout. */
    enum CellType {
        TEXT, DECIMAL, INTEGER, KIND, DEPARTMENT, SECTORS, PRESTA_TYPES, GEO_RANGE, DEPARTMENTS
    }

    /** A structure as an export writes it: its profile, its activities and, with a point, its distance. */
    public record Source(StructureInput profile, List<ActivityInput> activities, Double distanceKm) {
    }

    /**
     * One column of the structure file: its code header (the import layout's), its French header
     * (the readable layout's; the import reads either), whether a file must have it, what it
     * holds, and what an export writes in it.
     */
    public record Column(String code, String header, boolean required, CellType type, String description,
            Function<Source, Object> value) {
    }

    /** The list separator of the import layout; the readable one puts spaces around it. */
    private static final String LIST = "|";
    private static final String READABLE_LIST = " | ";

    /** The columns, in the order an export writes them. */
    public static final List<Column> TABLE = List.of(
            text("siret", "SIRET", true, "14 chiffres (espaces, points et tirets acceptés).", StructureInput::siret),
            text("name", "Nom", true, "Raison sociale ou nom d'usage (200 caractères au plus).", StructureInput::name),
            new Column("kind", "Type de structure", true, CellType.KIND, "Le code ou le libellé d'un type.",
                    s -> s.profile().kind()),
            text("brand", "Enseigne", false, "Nom commercial, s'il diffère.", StructureInput::brand),
            text("legal_form", "Forme juridique", false, "Par exemple : Association, SAS, SCOP.",
                    StructureInput::legalForm),
            text("naf", "Code NAF", false, "Par exemple 81.21Z (enregistré 8121Z).", StructureInput::naf),
            text("address", "Adresse", false, "Numéro et voie.", StructureInput::address),
            text("post_code", "Code postal", false, "5 chiffres.", StructureInput::postCode),
            text("city", "Commune", false, "Commune de l'adresse.", StructureInput::city),
            new Column("department", "Département", false, CellType.DEPARTMENT,
                    "Code (93) ou nom du département ; déduit du code postal quand il manque.",
                    s -> s.profile().department()),
            new Column("latitude", "Latitude", false, CellType.DECIMAL,
                    "De -90 à 90, avec la longitude ; virgule ou point décimal.", s -> s.profile().latitude()),
            new Column("longitude", "Longitude", false, CellType.DECIMAL,
                    "De -180 à 180, avec la latitude ; virgule ou point décimal.", s -> s.profile().longitude()),
            text("description", "Présentation", false,
                    "Texte libre (" + StructureRules.MAX_DESCRIPTION_LENGTH + " caractères au plus).",
                    StructureInput::description),
            text("email", "E-mail", false, "Adresse e-mail de contact.", StructureInput::email),
            text("phone", "Téléphone", false, "Numéro de contact (un numéro invalide est ignoré).",
                    StructureInput::phone),
            text("website", "Site web", false, "Adresse du site (https:// ajouté quand il manque).", StructureInput::website),
            new Column("insertion_fte", "ETP en insertion", false, CellType.DECIMAL,
                    "Équivalents temps plein en parcours d'insertion, de 0 à " + StructureRules.MAX_INSERTION_FTE
                            + " ; virgule ou point décimal.",
                    s -> s.profile().insertionFte()),
            new Column("sectors", "Secteurs d'activité", false, CellType.SECTORS,
                    "Identifiants ou noms de secteurs, séparés par « | » : une activité par secteur. "
                            + "Vide : les activités restent telles quelles.",
                    s -> s.activities().stream().map(ActivityInput::sector).distinct().toList()),
            new Column("presta_types", "Types de prestation", false, CellType.PRESTA_TYPES,
                    "Codes ou libellés séparés par « | », pour chaque activité. Par défaut : prestation de service.",
                    s -> s.activities().stream().flatMap(a -> a.prestaTypes().stream()).distinct().sorted().toList()),
            new Column("geo_range", "Zone d'intervention", false, CellType.GEO_RANGE,
                    "Code ou libellé. Par défaut : les départements listés (ou celui de la structure).",
                    s -> s.activities().isEmpty() ? null : s.activities().get(0).geoRange()),
            new Column("geo_departments", "Départements d'intervention", false, CellType.DEPARTMENTS,
                    "Codes ou noms de départements séparés par « | », avec la zone « Départements ». "
                            + "Vide : le département de la structure.",
                    s -> s.activities().stream().flatMap(a -> a.geoDepartments().stream()).distinct().sorted()
                            .toList()),
            new Column("geo_radius_km", "Rayon d'intervention (km)", false, CellType.INTEGER,
                    "Nombre entier de 1 à " + ActivityRules.MAX_RADIUS_KM + ", avec la zone « Rayon » ("
                            + "30 km par défaut).",
                    s -> s.activities().stream().map(ActivityInput::geoRadiusKm).filter(r -> r != null).findFirst()
                            .orElse(null)));

    /** The readable layout's last column, with a point only: how far the structure is from it. */
    public static final String DISTANCE_HEADER = "Distance (km)";
    /**
     * Headers that the import knows it can leave aside: the readable export's distance, and the two
     * columns that rejected.csv puts before the file's own ones.
     */
    private static final Set<String> IGNORED = Set.of(CsvVocabulary.key(DISTANCE_HEADER), "ligne", "motifs");
    private static final Map<String, String> CODES_BY_HEADER = new HashMap<>();

    static {
        for (Column column : TABLE) {
            CODES_BY_HEADER.put(CsvVocabulary.key(column.code()), column.code());
            CODES_BY_HEADER.put(CsvVocabulary.key(column.header()), column.code());
        }
    }

    public static final List<String> COLUMNS = TABLE.stream().map(Column::code).toList();
    public static final List<String> REQUIRED = TABLE.stream().filter(Column::required).map(Column::code).toList();
    static final int DEFAULT_RADIUS_KM = 30;

    /** A row ready to write, or rejected with its reasons; warnings either way. */
    public record Row(int line, String siret, StructureInput profile, List<ActivityInput> activities,
            List<String> rejections, List<String> warnings) {

        public boolean isRejected() {
            return !rejections.isEmpty();
        }
    }

    private StructureCsv() {
    }

    private static Column text(String code, String header, boolean required, String description,
            Function<StructureInput, String> value) {
        return new Column(code, header, required, CellType.TEXT, description, s -> value.apply(s.profile()));
    }

    /**
     * The header's column positions by column code: a cell names a column by its code or its French
     * header, case, accents and extra spaces ignored; the first cell naming a column wins.
     */
    public static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String code = CODES_BY_HEADER.get(CsvVocabulary.key(cells.get(i)));
            if (code != null) {
                positions.putIfAbsent(code, i);
            }
        }
        return positions;
    }

    /** The header cells that name no column (blank ones, and the ones the import knows to leave, aside). */
    public static List<String> unknownColumns(List<String> cells) {
        return cells.stream().map(String::strip).filter(cell -> !cell.isEmpty())
                .filter(cell -> !CODES_BY_HEADER.containsKey(CsvVocabulary.key(cell))
                        && !IGNORED.contains(CsvVocabulary.key(cell)))
                .toList();
    }

    public static List<String> missingColumns(Map<String, Integer> header) {
        return REQUIRED.stream().filter(column -> !header.containsKey(column)).toList();
    }

    /** A column as a person reads its name: « Type de structure (kind) ». */
    public static String named(String code) {
        return TABLE.stream().filter(column -> column.code().equals(code)).findFirst()
                .map(column -> "« " + column.header() + " » (" + column.code() + ")").orElse(code);
    }

    /** The headers of an export in the layout (with the distance column when the export has a point). */
    public static List<String> headers(Layout layout, boolean withDistance) {
        List<String> headers = new ArrayList<>(TABLE.stream()
                .map(column -> layout == Layout.IMPORT ? column.code() : column.header()).toList());
        if (layout == Layout.READABLE && withDistance) {
            headers.add(DISTANCE_HEADER);
        }
        return headers;
    }

    /**
     * A structure as an export row, in {@link #TABLE} order: text as {@code String}, numbers as
     * {@code Number} (a spreadsheet types them; {@link #text} writes them in a CSV). The import
     * layout holds codes, the readable one labels, and the distance when the export has a point.
     */
    public static List<Object> row(Source source, Layout layout, boolean withDistance, CsvVocabulary vocabulary) {
        List<Object> cells = new ArrayList<>(TABLE.size() + 1);
        for (Column column : TABLE) {
            cells.add(cell(column.type(), column.value().apply(source), layout, vocabulary));
        }
        if (layout == Layout.READABLE && withDistance) {
            cells.add(source.distanceKm() == null ? null
                    : BigDecimal.valueOf(source.distanceKm()).setScale(1, RoundingMode.HALF_UP));
        }
        return cells;
    }

    /** A cell of {@link #row} as CSV text: numbers with a decimal point on import, a comma when readable. */
    public static String text(Object cell, Layout layout) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof BigDecimal number) {
            String plain = number.toPlainString();
            return layout == Layout.READABLE ? plain.replace('.', ',') : plain;
        }
        return cell.toString();
    }

    private static Object cell(CellType type, Object value, Layout layout, CsvVocabulary vocabulary) {
        if (value == null) {
            return null;
        }
        boolean readable = layout == Layout.READABLE;
        return switch (type) {
            case TEXT -> value;
            // The import layout keeps a stored BigDecimal's scale, as it always has (12.50).
            case DECIMAL -> value instanceof Double number ? BigDecimal.valueOf(number).stripTrailingZeros()
                    : readable ? ((BigDecimal) value).stripTrailingZeros() : value;
            case INTEGER -> BigDecimal.valueOf(((Integer) value).longValue());
            case KIND -> readable ? vocabulary.kindLabel((StructureKind) value) : ((StructureKind) value).name();
            case GEO_RANGE -> readable ? CsvVocabulary.geoRangeLabel((GeoRange) value) : ((GeoRange) value).name();
            case DEPARTMENT -> readable ? vocabulary.departmentName((String) value) : value;
            case SECTORS -> list(sectors((List<?>) value, readable, vocabulary), readable);
            case PRESTA_TYPES -> list(((List<?>) value).stream().map(presta -> readable
                    ? vocabulary.prestaTypeLabel((PrestaType) presta) : ((PrestaType) presta).name()).toList(), readable);
            case DEPARTMENTS -> list(((List<?>) value).stream().map(code -> readable
                    ? vocabulary.departmentName((String) code) : (String) code).toList(), readable);
        };
    }

    /** Slugs in alphabetical order (as today's import layout has them), or names in French order. */
    private static List<String> sectors(List<?> slugs, boolean readable, CsvVocabulary vocabulary) {
        if (!readable) {
            return slugs.stream().map(String.class::cast).sorted().toList();
        }
        Collator french = Collator.getInstance(Locale.FRENCH);
        return slugs.stream().map(slug -> vocabulary.sectorName((String) slug)).sorted(french::compare).toList();
    }

    private static String list(List<String> values, boolean readable) {
        return values.isEmpty() ? null : String.join(readable ? READABLE_LIST : LIST, values);
    }

    /**
     * The row over {@code base} (the structure as stored, or null for a new one):
     * columns the file has replace the values, the others keep them; an empty cell clears
     * a value, but one the file has and that is dropped with a warning keeps it. With a
     * non-empty {@code sectors}, the activities become one per sector.
     */
    public static Row read(CsvText.Record record, Map<String, Integer> header, StructureInput base,
            DirectoryReferences references, CsvVocabulary vocabulary) {
        Function<String, String> cell = column -> {
            Integer position = header.get(column);
            return position == null || position >= record.cells().size() ? null
                    : StructureRules.text(record.cells().get(position));
        };
        List<String> forbidden = forbiddenCharacters(record, header);
        if (!forbidden.isEmpty()) {
            return new Row(record.line(), siret(record, header), null, null, forbidden, List.of());
        }
        Predicate<String> has = header::containsKey;
        List<String> rejections = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String siret = siret(record, header);

        StructureKind kind = null;
        String kindCell = cell.apply("kind");
        if (kindCell != null) {
            kind = vocabulary.kind(kindCell).orElse(null);
            if (kind == null) {
                rejections.add("Type de structure inconnu : " + kindCell + ".");
                // Any kind, so that the rules do not also report it missing: the row is rejected anyway.
                kind = StructureKind.ACI;
            }
        }
        // A department named by its name reads as its code.
        Function<String, String> read = column -> {
            String value = cell.apply(column);
            return value != null && column.equals("department") ? vocabulary.departmentCode(value) : value;
        };
        // Values the file has but that are dropped (unreadable or invalid): on a stored structure,
        // they mean "unchanged", whereas an empty cell clears the stored value.
        Set<String> dropped = new HashSet<>();
        StructureInput in = profile(siret, kind, read, has, base, warnings, dropped);
        StructureRules.Checked checked = StructureRules.check(in, references);
        for (Issue issue : checked.issues()) {
            if (issue.blocking()) {
                rejections.add(issue.message());
            } else {
                warnings.add(column(issue.field()) + " : " + issue.message() + " Valeur ignorée.");
                dropped.add(column(issue.field()));
            }
        }
        if (base != null && rejections.isEmpty() && !dropped.isEmpty()) {
            if (dropped.contains("latitude") || dropped.contains("longitude")) {
                dropped.addAll(List.of("latitude", "longitude"));
            }
            Predicate<String> fromFile = column -> has.test(column) && !dropped.contains(column);
            checked = StructureRules.check(profile(siret, kind, read, fromFile, base, new ArrayList<>(), dropped),
                    references);
        }
        List<ActivityInput> activities = activities(cell, checked.input(), references, vocabulary, rejections,
                warnings);
        return new Row(record.line(), siret, checked.input(), activities, List.copyOf(rejections),
                List.copyOf(warnings));
    }

    /**
     * The profile the row describes: the columns {@code fromFile} accepts come from the file, the others
     * from {@code base}. Unreadable numbers are reported and added to {@code dropped}.
     */
    private static StructureInput profile(String siret, StructureKind kind, Function<String, String> cell,
            Predicate<String> fromFile, StructureInput base, List<String> warnings, Set<String> dropped) {
        // The stored profile, so that what the file does not give is kept; a new one starts empty and active.
        StructureInput.Builder profile = base == null ? StructureInput.builder() : base.toBuilder();
        if (base == null) {
            profile.labels = List.of();
            profile.networks = List.of();
            profile.clientReferences = List.of();
            profile.active = Boolean.TRUE;
        }
        profile.siret = siret;
        profile.name = cell.apply("name");
        profile.kind = kind;
        profile.brand = pick(fromFile, "brand", cell, profile.brand);
        profile.legalForm = pick(fromFile, "legal_form", cell, profile.legalForm);
        profile.naf = pick(fromFile, "naf", cell, profile.naf);
        profile.address = pick(fromFile, "address", cell, profile.address);
        profile.postCode = pick(fromFile, "post_code", cell, profile.postCode);
        profile.city = pick(fromFile, "city", cell, profile.city);
        profile.department = pick(fromFile, "department", cell, profile.department);
        if (fromFile.test("latitude")) {
            profile.latitude = number("latitude", cell.apply("latitude"), warnings, dropped);
        }
        if (fromFile.test("longitude")) {
            profile.longitude = number("longitude", cell.apply("longitude"), warnings, dropped);
        }
        profile.description = pick(fromFile, "description", cell, profile.description);
        profile.email = pick(fromFile, "email", cell, profile.email);
        profile.phone = pick(fromFile, "phone", cell, profile.phone);
        profile.website = pick(fromFile, "website", cell, profile.website);
        if (fromFile.test("insertion_fte")) {
            profile.insertionFte = decimal("insertion_fte", cell.apply("insertion_fte"), warnings, dropped);
        }
        return profile.build();
    }

    private static List<ActivityInput> activities(Function<String, String> cell, StructureInput profile,
            DirectoryReferences references, CsvVocabulary vocabulary, List<String> rejections, List<String> warnings) {
        List<String> sectors = split(cell.apply("sectors")).stream().map(vocabulary::sectorSlug).toList();
        if (sectors.isEmpty()) {
            return null;
        }
        List<PrestaType> prestaTypes = new ArrayList<>();
        for (String value : split(cell.apply("presta_types"))) {
            Optional<PrestaType> type = vocabulary.prestaType(value);
            if (type.isEmpty()) {
                warnings.add("presta_types : type de prestation inconnu « " + value + " ». Valeur ignorée.");
            } else if (!prestaTypes.contains(type.get())) {
                prestaTypes.add(type.get());
            }
        }
        if (prestaTypes.isEmpty()) {
            prestaTypes.add(PrestaType.SERVICE);
        }
        GeoRange range = GeoRange.DEPARTMENTS;
        String rangeCell = cell.apply("geo_range");
        if (rangeCell != null) {
            range = vocabulary.geoRange(rangeCell).orElse(null);
            if (range == null) {
                rejections.add("Zone d'intervention inconnue : " + rangeCell + " (COUNTRY, DEPARTMENTS ou RADIUS, "
                        + "ou leurs libellés : " + String.join(", ", CsvVocabulary.geoRanges().values()) + ").");
                return null;
            }
        }
        List<String> departments = split(cell.apply("geo_departments")).stream().map(vocabulary::departmentCode)
                .toList();
        if (range == GeoRange.DEPARTMENTS && departments.isEmpty()) {
            if (profile.department() == null) {
                warnings.add("geo_departments : aucun département à desservir. Activités ignorées.");
                return null;
            }
            departments = List.of(profile.department());
        }
        Integer radius = null;
        if (range == GeoRange.RADIUS) {
            String radiusCell = cell.apply("geo_radius_km");
            try {
                radius = radiusCell == null ? null : Integer.valueOf(radiusCell);
            } catch (NumberFormatException e) {
                radius = null;
            }
            if (radius == null || radius < 1 || radius > ActivityRules.MAX_RADIUS_KM) {
                warnings.add("geo_radius_km : rayon absent ou invalide. " + DEFAULT_RADIUS_KM + " km retenus.");
                radius = DEFAULT_RADIUS_KM;
            }
        }
        List<ActivityInput> activities = new ArrayList<>();
        for (String sector : sectors) {
            ActivityRules.Checked checked = ActivityRules.check(
                    new ActivityInput(sector, prestaTypes, range, departments, radius), references);
            checked.issues().stream().map(Issue::message).filter(m -> !rejections.contains(m)).forEach(rejections::add);
            activities.add(checked.input());
        }
        return activities;
    }

    /**
     * The row's SIRET, spaces, dots and dashes removed; null when the row has none or when its cell
     * holds a forbidden character (it must reach neither the database nor the report).
     */
    static String siret(CsvText.Record record, Map<String, Integer> header) {
        Integer position = header.get("siret");
        if (position == null || position >= record.cells().size()
                || forbiddenCharacter(record.cells().get(position)) >= 0) {
            return null;
        }
        return Siret.normalise(StructureRules.text(record.cells().get(position)));
    }

    /**
     * One reason per column the import reads whose cell holds a forbidden character: NUL, which
     * PostgreSQL refuses, and the other control characters but tab and line breaks, invisible in
     * every view of the value and refused by XML (spreadsheets).
     */
    static List<String> forbiddenCharacters(CsvText.Record record, Map<String, Integer> header) {
        List<String> reasons = new ArrayList<>();
        for (String column : COLUMNS) {
            Integer position = header.get(column);
            if (position != null && position < record.cells().size()) {
                int forbidden = forbiddenCharacter(record.cells().get(position));
                if (forbidden >= 0) {
                    reasons.add("Caractère interdit (" + (forbidden == 0 ? "NUL" : String.format("U+%04X", forbidden))
                            + ") dans la colonne " + column + ".");
                }
            }
        }
        return reasons;
    }

    /** The first forbidden character of the value, or -1. */
    static int forbiddenCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return c;
            }
        }
        return -1;
    }

    /** The CSV column of a field of {@link StructureInput} ({@code postCode} → {@code post_code}). */
    static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static String pick(Predicate<String> fromFile, String column, Function<String, String> cell,
            String stored) {
        return fromFile.test(column) ? cell.apply(column) : stored;
    }

    private static Double number(String column, String value, List<String> warnings, Set<String> dropped) {
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            warnings.add(column + " : nombre attendu. Valeur ignorée.");
            dropped.add(column);
            return null;
        }
    }

    private static BigDecimal decimal(String column, String value, List<String> warnings, Set<String> dropped) {
        if (value == null) {
            return null;
        }
        try {
            // Bounded: a huge exponent (1e-2000000) would cost seconds when rounded.
            return InputRules.parseDecimal(value.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            warnings.add(column + " : nombre attendu. Valeur ignorée.");
            dropped.add(column);
            return null;
        }
    }

    private static List<String> split(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
