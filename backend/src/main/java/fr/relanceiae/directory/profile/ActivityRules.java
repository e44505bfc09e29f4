package fr.relanceiae.directory.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import fr.relanceiae.directory.DirectoryReferences;
import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.directory.Issue;
import fr.relanceiae.reference.PrestaType;

/** Checks and normalises an activity, for the API and the import alike. */
public final class ActivityRules {

    public record Checked(ActivityInput input, List<Issue> issues) {
    }

    public static final int MAX_RADIUS_KM = 1000;

    private ActivityRules() {
    }

    public static Checked check(ActivityInput in, DirectoryReferences references) {
        List<Issue> issues = new ArrayList<>();
        String sector = StructureRules.text(in.sector());
        if (sector == null) {
            issues.add(Issue.blocking("sector", "Le secteur est obligatoire."));
        } else if (!references.sectors().contains(sector.toLowerCase(Locale.ROOT))) {
            issues.add(Issue.blocking("sector", "Secteur inconnu : " + sector + "."));
        } else {
            sector = sector.toLowerCase(Locale.ROOT);
        }
        List<PrestaType> prestaTypes = in.prestaTypes() == null ? List.of()
                : new TreeSet<>(in.prestaTypes().stream().filter(t -> t != null).toList()).stream().toList();
        if (prestaTypes.isEmpty()) {
            issues.add(Issue.blocking("prestaTypes", "Au moins un type de prestation."));
        }
        List<String> departments = List.of();
        Integer radius = null;
        if (in.geoRange() == null) {
            issues.add(Issue.blocking("geoRange", "La zone d'intervention est obligatoire."));
        } else if (in.geoRange() == GeoRange.DEPARTMENTS) {
            TreeSet<String> codes = new TreeSet<>();
            for (String value : in.geoDepartments() == null ? List.<String>of() : in.geoDepartments()) {
                String code = StructureRules.text(value);
                if (code == null) {
                    continue;
                }
                code = code.toUpperCase(Locale.ROOT);
                if (references.departments().contains(code)) {
                    codes.add(code);
                } else {
                    issues.add(Issue.blocking("geoDepartments", "Département inconnu : " + code + "."));
                }
            }
            if (codes.isEmpty() && issues.stream().noneMatch(i -> i.field().equals("geoDepartments"))) {
                issues.add(Issue.blocking("geoDepartments", "Au moins un département."));
            }
            departments = List.copyOf(codes);
        } else if (in.geoRange() == GeoRange.RADIUS) {
            radius = in.geoRadiusKm();
            if (radius == null || radius < 1 || radius > MAX_RADIUS_KM) {
                issues.add(Issue.blocking("geoRadiusKm", "Rayon obligatoire, de 1 à " + MAX_RADIUS_KM + " km."));
            }
        }
        return new Checked(new ActivityInput(sector, prestaTypes, in.geoRange(), departments, radius),
                List.copyOf(issues));
    }
}
