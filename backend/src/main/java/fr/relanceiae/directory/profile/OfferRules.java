package fr.relanceiae.directory.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.relanceiae.directory.DirectoryReferences;
import fr.relanceiae.directory.Issue;

/**
 * Checks and normalises a catalogue item, for the API (create and update) and for the
 * callers that write without the API's bean validation (demo data, tools): every rule is
 * here, each broken one an {@link Issue} on its field.
 */
public final class OfferRules {

    public record Checked(OfferInput input, List<Issue> issues) {
    }

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_UNIT_LENGTH = 50;
    /** numeric(12, 2) in the database. */
    public static final String MAX_PRICE = "9999999999.99";
    public static final int MAX_MONTHLY_CAPACITY = 1_000_000_000;

    private OfferRules() {
    }

    public static Checked check(OfferInput in, DirectoryReferences references) {
        List<Issue> issues = new ArrayList<>();
        String title = StructureRules.text(in.title());
        if (title == null) {
            issues.add(Issue.blocking("title", "Le titre est obligatoire."));
        } else if (title.length() > MAX_TITLE_LENGTH) {
            issues.add(Issue.blocking("title", MAX_TITLE_LENGTH + " caractères au plus."));
        }
        String description = StructureRules.text(in.description());
        if (description != null && description.length() > StructureRules.MAX_DESCRIPTION_LENGTH) {
            issues.add(Issue.blocking("description", StructureRules.MAX_DESCRIPTION_LENGTH + " caractères au plus."));
        }
        String sector = StructureRules.text(in.sector());
        if (sector == null) {
            issues.add(Issue.blocking("sector", "Le secteur est obligatoire."));
        } else if (!references.sectors().contains(sector.toLowerCase(Locale.ROOT))) {
            issues.add(Issue.blocking("sector", "Secteur inconnu : " + sector + "."));
        } else {
            sector = sector.toLowerCase(Locale.ROOT);
        }
        if (in.prestaType() == null) {
            issues.add(Issue.blocking("prestaType", "Le type de prestation est obligatoire."));
        }
        String unit = StructureRules.text(in.unit());
        if (unit != null && unit.length() > MAX_UNIT_LENGTH) {
            issues.add(Issue.blocking("unit", MAX_UNIT_LENGTH + " caractères au plus."));
        }
        boolean minValid = price("priceMin", in.priceMin(), issues);
        boolean maxValid = price("priceMax", in.priceMax(), issues);
        if (minValid && maxValid && in.priceMin() != null && in.priceMax() != null
                && in.priceMin().compareTo(in.priceMax()) > 0) {
            issues.add(Issue.blocking("priceMax", "Le prix maximum est inférieur au prix minimum."));
        }
        Integer capacity = in.monthlyCapacity();
        if (capacity != null && (capacity < 0 || capacity > MAX_MONTHLY_CAPACITY)) {
            issues.add(Issue.blocking("monthlyCapacity", "Capacité mensuelle invalide : de 0 à 1 000 000 000."));
        }
        return new Checked(new OfferInput(title, description, sector, in.prestaType(), unit, in.priceMin(),
                in.priceMax(), capacity), List.copyOf(issues));
    }

    /** A price is optional; given, it is from 0 to {@link #MAX_PRICE} euros with at most 2 decimals. */
    private static boolean price(String field, BigDecimal price, List<Issue> issues) {
        if (price == null) {
            return true;
        }
        if (price.signum() < 0 || price.compareTo(new BigDecimal(MAX_PRICE)) > 0
                || price.stripTrailingZeros().scale() > 2) {
            issues.add(Issue.blocking(field, "Prix invalide : de 0 à 9 999 999 999,99 €, deux décimales au plus."));
            return false;
        }
        return true;
    }
}
