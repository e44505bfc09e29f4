package fr.relanceiae.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.input.InputRules;

/**
 * The CSV form of structures, shared by the import and the export: its columns,
 * and how one row becomes a structure's profile and activities. Values are checked
 * by the same {@link StructureRules} and {@link ActivityRules} as the API's.
 */
public final class StructureCsv {

    public static final List<String> REQUIRED = List.of("siret", "name", "kind");
    public static final List<String> COLUMNS = List.of("siret", "name", "kind", "brand", "legal_form", "naf",
            "address", "post_code", "city", "department", "latitude", "longitude", "description", "email", "phone",
            "website", "insertion_fte", "sectors", "presta_types", "geo_range", "geo_departments", "geo_radius_km");
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

    /** The header's column positions by name (trimmed, lower case). */
    public static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            positions.putIfAbsent(cells.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return positions;
    }

    public static List<String> missingColumns(Map<String, Integer> header) {
        return REQUIRED.stream().filter(column -> !header.containsKey(column)).toList();
    }

    /**
     * The row over {@code base} (the structure as stored, or null for a new one):
     * columns the file has replace the values, the others keep them; an empty cell clears
     * a value, but one the file has and that is dropped with a warning keeps it. With a
     * non-empty {@code sectors}, the activities become one per sector.
     */
    public static Row read(CsvText.Record record, Map<String, Integer> header, StructureInput base,
            DirectoryReferences references) {
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
            try {
                kind = StructureKind.valueOf(kindCell.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                rejections.add("Type de structure inconnu : " + kindCell + ".");
                // Any kind, so that the rules do not also report it missing: the row is rejected anyway.
                kind = StructureKind.ACI;
            }
        }
        // Values the file has but that are dropped (unreadable or invalid): on a stored structure,
        // they mean "unchanged", whereas an empty cell clears the stored value.
        Set<String> dropped = new HashSet<>();
        StructureInput in = profile(siret, kind, cell, has, base, warnings, dropped);
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
            checked = StructureRules.check(profile(siret, kind, cell, fromFile, base, new ArrayList<>(), dropped),
                    references);
        }
        List<ActivityInput> activities = activities(cell, checked.input(), references, rejections, warnings);
        return new Row(record.line(), siret, checked.input(), activities, List.copyOf(rejections),
                List.copyOf(warnings));
    }

    /**
     * The profile the row describes: the columns {@code fromFile} accepts come from the file, the others
     * from {@code base}. Unreadable numbers are reported and added to {@code dropped}.
     */
    private static StructureInput profile(String siret, StructureKind kind, Function<String, String> cell,
            Predicate<String> fromFile, StructureInput base, List<String> warnings, Set<String> dropped) {
        return new StructureInput(siret, cell.apply("name"),
                pick(fromFile, "brand", cell, base == null ? null : base.brand()), kind,
                pick(fromFile, "legal_form", cell, base == null ? null : base.legalForm()),
                pick(fromFile, "naf", cell, base == null ? null : base.naf()),
                pick(fromFile, "address", cell, base == null ? null : base.address()),
                pick(fromFile, "post_code", cell, base == null ? null : base.postCode()),
                pick(fromFile, "city", cell, base == null ? null : base.city()),
                pick(fromFile, "department", cell, base == null ? null : base.department()),
                fromFile.test("latitude") ? number("latitude", cell.apply("latitude"), warnings, dropped) : base == null ? null : base.latitude(),
                fromFile.test("longitude") ? number("longitude", cell.apply("longitude"), warnings, dropped) : base == null ? null : base.longitude(),
                pick(fromFile, "description", cell, base == null ? null : base.description()),
                pick(fromFile, "email", cell, base == null ? null : base.email()),
                pick(fromFile, "phone", cell, base == null ? null : base.phone()),
                base == null ? null : base.contactName(),
                pick(fromFile, "website", cell, base == null ? null : base.website()),
                fromFile.test("insertion_fte") ? decimal("insertion_fte", cell.apply("insertion_fte"), warnings, dropped)
                        : base == null ? null : base.insertionFte(),
                base == null ? null : base.permanentHeadcount(), base == null ? null : base.annualRevenue(),
                base == null ? List.of() : base.labels(), base == null ? List.of() : base.networks(),
                base == null ? List.of() : base.clientReferences(), base == null ? Boolean.TRUE : base.active(),
                base == null ? null : base.organisationId());
    }

    private static List<ActivityInput> activities(Function<String, String> cell, StructureInput profile,
            DirectoryReferences references, List<String> rejections, List<String> warnings) {
        List<String> sectors = split(cell.apply("sectors"));
        if (sectors.isEmpty()) {
            return null;
        }
        List<PrestaType> prestaTypes = new ArrayList<>();
        for (String value : split(cell.apply("presta_types"))) {
            try {
                prestaTypes.add(PrestaType.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                warnings.add("presta_types : type de prestation inconnu « " + value + " ». Valeur ignorée.");
            }
        }
        if (prestaTypes.isEmpty()) {
            prestaTypes.add(PrestaType.SERVICE);
        }
        GeoRange range = GeoRange.DEPARTMENTS;
        String rangeCell = cell.apply("geo_range");
        if (rangeCell != null) {
            try {
                range = GeoRange.valueOf(rangeCell.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                rejections.add("Zone d'intervention inconnue : " + rangeCell + " (COUNTRY, DEPARTMENTS ou RADIUS).");
                return null;
            }
        }
        List<String> departments = split(cell.apply("geo_departments"));
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

    /** A structure as an export row, in {@link #COLUMNS} order. */
    public static List<String> exportRow(StructureInput s, List<ActivityInput> activities) {
        List<String> sectors = activities.stream().map(ActivityInput::sector).sorted().toList();
        List<String> prestaTypes = activities.stream().flatMap(a -> a.prestaTypes().stream()).distinct().sorted()
                .map(PrestaType::name).toList();
        GeoRange range = activities.isEmpty() ? null : activities.get(0).geoRange();
        List<String> departments = activities.stream().flatMap(a -> a.geoDepartments().stream()).distinct().sorted()
                .toList();
        Integer radius = activities.stream().map(ActivityInput::geoRadiusKm).filter(r -> r != null).findFirst()
                .orElse(null);
        return Arrays.asList(s.siret(), s.name(), s.kind().name(), s.brand(), s.legalForm(), s.naf(), s.address(),
                s.postCode(), s.city(), s.department(), string(s.latitude()), string(s.longitude()), s.description(),
                s.email(), s.phone(), s.website(),
                s.insertionFte() == null ? null : s.insertionFte().toPlainString(), String.join("|", sectors),
                String.join("|", prestaTypes), range == null ? null : range.name(), String.join("|", departments),
                radius == null ? null : radius.toString());
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

    private static String string(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
