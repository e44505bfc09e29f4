package fr.relanceiae.sourcing.request;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import fr.relanceiae.directory.profile.StructureRules;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.error.FieldError;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.sourcing.SourcingChannel;
import fr.relanceiae.sourcing.SourcingReferences;

/**
 * Checks and normalises a sourcing request. Text is trimmed (blank is absent), codes
 * are deduplicated, the point's department is derived from the nearest commune.
 *
 * <p>Two stages: a {@link Stage#DRAFT} needs only a title and a channel (and, for
 * {@code SUBCONTRACTING}, its ongoing contract), but whatever it gives must be valid;
 * {@link Stage#SUBMISSION} also needs a description, one sector or more, a place
 * (departments, or a point with a radius) and a response deadline that is not past.
 * Every problem is reported on its field, in French.
 */
public final class SourcingRequestRules {

    public enum Stage {
        DRAFT, SUBMISSION
    }

    /** Answers are accepted until the end of the deadline's day in Paris. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public static final String OUT_OF_RANGE = "Date hors limites : entre 2000 et 2100.";
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    /** What the rules need from the database. */
    public interface Lookups {
        boolean ongoingContractExists(UUID id);

        /** Those of these structures that do not exist. */
        Set<UUID> missingStructures(Collection<UUID> ids);
    }

    public record Checked(SourcingRequestInput input, List<FieldError> errors) {
        /** The normalised input, or a 400 listing every field in error. */
        public SourcingRequestInput orRefuse() {
            if (!errors.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, "Certains champs sont invalides.", errors, Map.of());
            }
            return input;
        }
    }

    private SourcingRequestRules() {
    }

    public static Checked check(SourcingRequestInput in, Stage stage, LocalDate today, SourcingReferences references,
            Lookups lookups) {
        boolean submission = stage == Stage.SUBMISSION;
        List<FieldError> errors = new ArrayList<>();
        String title = StructureRules.text(in.title());
        if (title == null) {
            errors.add(new FieldError("title", "Le titre est obligatoire."));
        }
        String description = StructureRules.text(in.description());
        if (description == null && submission) {
            errors.add(new FieldError("description", "Décrivez le besoin."));
        }
        if (in.channel() == null) {
            errors.add(new FieldError("channel", "Le canal est obligatoire."));
        }
        if (in.ongoingContractId() != null) {
            if (!lookups.ongoingContractExists(in.ongoingContractId())) {
                errors.add(new FieldError("ongoingContractId", "Marché en cours introuvable."));
            }
        } else if (in.channel() == SourcingChannel.SUBCONTRACTING) {
            errors.add(new FieldError("ongoingContractId", "Une sous-traitance porte sur un marché en cours : choisissez-le."));
        }

        List<String> sectors = codes(in.sectors(), true);
        for (String sector : sectors) {
            if (!references.isSectorOrGroup(sector)) {
                errors.add(new FieldError("sectors", "Secteur inconnu : " + sector + "."));
            }
        }
        if (sectors.isEmpty() && submission) {
            errors.add(new FieldError("sectors", "Choisissez au moins un secteur."));
        }
        List<String> prestaTypes = enumCodes("prestaTypes", in.prestaTypes(), PrestaType.class, "Type de prestation inconnu : ", errors);
        List<String> kinds = enumCodes("kinds", in.kinds(), StructureKind.class, "Type de structure inconnu : ", errors);

        List<String> departments = codes(in.departments(), false).stream().map(SourcingRequestRules::departmentCode).toList();
        for (String department : departments) {
            if (!references.isDepartment(department)) {
                errors.add(new FieldError("departments", "Département inconnu : " + department + "."));
            }
        }
        boolean anyPoint = in.lat() != null || in.lon() != null || in.radiusKm() != null;
        boolean point = in.lat() != null && in.lon() != null && in.radiusKm() != null;
        if (anyPoint && !departments.isEmpty()) {
            errors.add(new FieldError("departments",
                    "Indiquez soit des départements, soit un point avec un rayon, pas les deux."));
        } else if (anyPoint && !point) {
            if (in.lat() == null) {
                errors.add(new FieldError("lat", "Un lieu donné par un point a une latitude, une longitude et un rayon."));
            }
            if (in.lon() == null) {
                errors.add(new FieldError("lon", "Un lieu donné par un point a une latitude, une longitude et un rayon."));
            }
            if (in.radiusKm() == null) {
                errors.add(new FieldError("radiusKm", "Indiquez le rayon autour du point, en kilomètres."));
            }
        } else if (!anyPoint && departments.isEmpty() && submission) {
            errors.add(new FieldError("departments", "Indiquez le lieu : des départements, ou une commune et un rayon."));
        }
        String department = StructureRules.text(in.department());
        if (department != null) {
            department = departmentCode(department);
            if (!references.isDepartment(department)) {
                errors.add(new FieldError("department", "Département inconnu : " + department + "."));
            }
        } else if (point) {
            department = references.departmentOfPoint(in.lat(), in.lon()).orElse(null);
        }
        if (!point) {
            department = null;
        }

        if (in.amountMin() != null && in.amountMax() != null && in.amountMin().compareTo(in.amountMax()) > 0) {
            errors.add(new FieldError("amountMax", "Le montant maximum doit être supérieur ou égal au minimum."));
        }
        if (in.responseDeadline() != null && !isPlausible(in.responseDeadline())) {
            errors.add(new FieldError("responseDeadline", OUT_OF_RANGE));
        } else if (in.responseDeadline() != null && in.responseDeadline().isBefore(today)) {
            errors.add(new FieldError("responseDeadline", "La date limite de réponse est passée."));
        } else if (in.responseDeadline() == null && submission) {
            errors.add(new FieldError("responseDeadline", "Indiquez la date limite de réponse."));
        }
        if (in.startDate() != null && !isPlausible(in.startDate())) {
            errors.add(new FieldError("startDate", OUT_OF_RANGE));
        } else if (in.startDate() != null && in.responseDeadline() != null && in.startDate().isBefore(in.responseDeadline())) {
            errors.add(new FieldError("startDate", "Le démarrage ne peut précéder la date limite de réponse."));
        }

        List<UUID> targets = distinct(in.targetStructureIds());
        List<UUID> excluded = distinct(in.excludedStructureIds());
        Set<UUID> all = new LinkedHashSet<>(targets);
        all.addAll(excluded);
        Set<UUID> missing = all.isEmpty() ? Set.of() : lookups.missingStructures(all);
        for (int i = 0; i < targets.size(); i++) {
            if (missing.contains(targets.get(i))) {
                errors.add(new FieldError("targetStructureIds[" + i + "]", "Structure introuvable."));
            }
        }
        for (int i = 0; i < excluded.size(); i++) {
            if (missing.contains(excluded.get(i))) {
                errors.add(new FieldError("excludedStructureIds[" + i + "]", "Structure introuvable."));
            } else if (targets.contains(excluded.get(i))) {
                errors.add(new FieldError("excludedStructureIds[" + i + "]",
                        "Une structure ne peut être à la fois ciblée et écartée."));
            }
        }

        SourcingRequestInput normalised = new SourcingRequestInput(title, description, in.channel(),
                in.ongoingContractId(), sectors, prestaTypes, kinds, departments, point ? in.lat() : null,
                point ? in.lon() : null, point ? in.radiusKm() : null, point ? StructureRules.text(in.placeLabel()) : null, department,
                Boolean.TRUE.equals(in.includeNationwide()), in.amountMin(), in.amountMax(), in.responseDeadline(),
                in.startDate(), Boolean.TRUE.equals(in.socialClause()), in.maxSolicitations(), targets, excluded,
                in.buyerOrganisationId());
        return new Checked(normalised, List.copyOf(errors));
    }

    /** Dates are of this century: the database could not even store some that JSON can carry. */
    public static boolean isPlausible(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    /** Today in Paris, the day deadlines are compared with. */
    public static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    /** Whether answers are no longer accepted: the deadline's day is over in Paris. */
    public static boolean deadlinePassed(LocalDate deadline, LocalDate today) {
        return deadline != null && deadline.isBefore(today);
    }

    private static String departmentCode(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return upper.matches("\\d") ? "0" + upper : upper;
    }

    private static List<String> codes(List<String> values, boolean lowerCase) {
        Set<String> kept = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                String code = StructureRules.text(value);
                if (code != null) {
                    kept.add(lowerCase ? code.toLowerCase(Locale.ROOT) : code);
                }
            }
        }
        return List.copyOf(kept);
    }

    private static <E extends Enum<E>> List<String> enumCodes(String field, List<String> values, Class<E> type,
            String unknown, List<FieldError> errors) {
        List<String> codes = codes(values, false).stream().map(code -> code.toUpperCase(Locale.ROOT)).distinct().toList();
        for (String code : codes) {
            try {
                Enum.valueOf(type, code);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, unknown + code + "."));
            }
        }
        return codes;
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}
