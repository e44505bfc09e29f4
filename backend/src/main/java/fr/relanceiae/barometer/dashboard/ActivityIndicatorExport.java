package fr.relanceiae.barometer.dashboard;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityIndicatorCell;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityIndicators;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.NeedShare;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ObstacleCount;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.indicators.Obstacle;
import fr.relanceiae.directory.exporting.StructureExportWriter;
import fr.relanceiae.directory.importing.CsvVocabulary;
import fr.relanceiae.reference.WithoutDepartment;

/**
 * The indicators as a table for a spreadsheet: one row per cell, in the API's order, with French
 * headers and labels (departments, kinds, needs, obstacles). A suppressed figure is an empty cell,
 * and the column « Secret statistique » says why.
 */
final class ActivityIndicatorExport {

    static final Map<Need, String> NEED_LABELS = Map.of(Need.SUPPLIES, "fournitures", Need.CUSTOMERS,
            "clients", Need.FINANCING, "financement", Need.STAFFING, "personnel");
    static final Map<Obstacle, String> OBSTACLE_LABELS = Map.of(Obstacle.NO_EQUIPMENT, "pas d'équipement",
            Obstacle.NO_CONNECTION, "pas de connexion", Obstacle.HEALTH, "santé", Obstacle.CHILDCARE,
            "garde d'enfants", Obstacle.TRANSPORT, "transport", Obstacle.OTHER, "autre");
    static final String ALL_DEPARTMENTS = "Tous les départements";
    static final String NO_DEPARTMENT = WithoutDepartment.LABEL;
    static final String ALL_KINDS = "Tous les types";

    private final CsvVocabulary vocabulary;

    ActivityIndicatorExport(CsvVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("Semaine", "Lundi", "Département", "Type de structure",
                "Structures ayant répondu", "Secret statistique", "Activité : 1er quartile (%)",
                "Activité : médiane (%)", "Activité : 3e quartile (%)", "Perte de chiffre d'affaires moyenne (%)",
                "Salariés en insertion", "dont au travail", "dont en activité partielle"));
        for (Need need : Need.values()) {
            headers.add("Besoin " + NEED_LABELS.get(need) + " (% des structures)");
        }
        headers.addAll(List.of("Personnes suivies", "Suivies en présentiel", "Suivies par téléphone",
                "Suivies en visio"));
        for (Obstacle obstacle : Obstacle.values()) {
            headers.add("Obstacle " + OBSTACLE_LABELS.get(obstacle) + " (structures)");
        }
        headers.addAll(List.of("Structures actives", "Taux de réponse (%)"));
        return headers;
    }

    List<Object> row(ActivityIndicatorCell cell) {
        List<Object> row = new ArrayList<>(List.of(cell.week(), IsoWeek.parse(cell.week()).monday().toString(),
                department(cell.department()), cell.kind() == null ? ALL_KINDS : vocabulary.kindLabel(cell.kind())));
        row.add(number(cell.structures()));
        row.add(cell.suppressed() ? "Oui" : "Non");
        boolean figures = cell.activityLevel() != null;
        row.add(figures ? number(cell.activityLevel().q1()) : null);
        row.add(figures ? number(cell.activityLevel().median()) : null);
        row.add(figures ? number(cell.activityLevel().q3()) : null);
        row.add(number(cell.meanRevenueLossPct()));
        row.add(number(cell.insertionEmployees()));
        row.add(number(cell.insertionWorking()));
        row.add(number(cell.insertionShortTime()));
        addEach(row, Need.values(), cell.needShares(), NeedShare::need, NeedShare::sharePct);
        row.add(number(cell.peopleFollowed()));
        row.add(number(cell.followedInPerson()));
        row.add(number(cell.followedByPhone()));
        row.add(number(cell.followedByVideo()));
        addEach(row, Obstacle.values(), cell.obstacleCounts(), ObstacleCount::obstacle, ObstacleCount::structures);
        row.add(number(cell.activeStructures()));
        row.add(number(cell.responseRatePct()));
        return row;
    }

    void write(ActivityIndicators indicators, StructureExportWriter out) throws IOException {
        out.header(headers());
        for (ActivityIndicatorCell cell : indicators.cells()) {
            out.row(row(cell));
        }
        out.finish();
    }

    private String department(String code) {
        if (code == null) {
            return ALL_DEPARTMENTS;
        }
        if (DashboardCells.WITHOUT_DEPARTMENT.equals(code)) {
            return NO_DEPARTMENT;
        }
        return code + " – " + vocabulary.departmentName(code);
    }

    /** One column per code, in the codes' order; empty cells when the figures are null. */
    private static <E, T> void addEach(List<Object> row, E[] codes, List<T> values, Function<T, E> code,
            Function<T, Number> value) {
        for (E each : codes) {
            row.add(values == null ? null
                    : values.stream().filter(v -> code.apply(v) == each).findFirst().map(value).map(ActivityIndicatorExport::number)
                            .orElse(null));
        }
    }

    private static BigDecimal number(Number value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double decimal) {
            return BigDecimal.valueOf(decimal).stripTrailingZeros();
        }
        return BigDecimal.valueOf(value.longValue());
    }
}
