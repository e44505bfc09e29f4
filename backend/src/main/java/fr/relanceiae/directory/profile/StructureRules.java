package fr.relanceiae.directory.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import fr.relanceiae.directory.DirectoryReferences;
import fr.relanceiae.directory.Issue;
import fr.relanceiae.directory.Naf;
import fr.relanceiae.directory.Siret;
import fr.relanceiae.directory.profile.StructureInput.ClientReferenceInput;

/**
 * Checks and normalises a structure's profile, for the API and the import alike:
 * trims text (blank is absent), normalises SIRET, NAF, e-mail and website, derives
 * the department from the postcode, and reports every {@link Issue}. A value with a
 * non-blocking issue is removed from the result, so that the import can keep the row.
 */
public final class StructureRules {

    public record Checked(StructureInput input, List<Issue> issues) {
        public boolean isBlocked() {
            return issues.stream().anyMatch(Issue::blocking);
        }
    }

    /** Descriptions (of a structure, of a client reference): about a page of text. */
    public static final int MAX_DESCRIPTION_LENGTH = 5000;
    /** insertion_fte is numeric(8, 2). */
    public static final String MAX_INSERTION_FTE = "999999";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/$.?#][^\\s]*\\.[^\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("[0-9+() .\\-]{6,30}");

    private StructureRules() {
    }

    public static Checked check(StructureInput in, DirectoryReferences references) {
        List<Issue> issues = new ArrayList<>();
        String siret = Siret.normalise(text(in.siret()));
        if (!Siret.isValid(siret)) {
            issues.add(Issue.blocking("siret", "SIRET invalide : 14 chiffres dont la clé de contrôle est juste."));
        }
        String name = text(in.name());
        if (name == null) {
            issues.add(Issue.blocking("name", "Le nom est obligatoire."));
        } else if (name.length() > 200) {
            issues.add(Issue.blocking("name", "200 caractères au plus."));
        }
        if (in.kind() == null) {
            issues.add(Issue.blocking("kind", "Le type de structure est obligatoire."));
        }
        String postCode = text(in.postCode());
        if (postCode != null && !postCode.matches("\\d{5}")) {
            issues.add(Issue.dropped("postCode", "Code postal invalide : 5 chiffres."));
            postCode = null;
        }
        String department = text(in.department());
        if (department != null) {
            department = department.toUpperCase(Locale.ROOT);
            if (department.matches("\\d")) {
                department = "0" + department;
            }
            if (!references.departments().contains(department)) {
                issues.add(Issue.blocking("department", "Département inconnu : " + department + "."));
            }
        } else if (postCode != null) {
            department = references.departmentOfPostCode().apply(postCode).orElse(null);
        }

        String naf = text(in.naf());
        if (naf != null) {
            naf = Naf.normalise(naf).orElse(null);
            if (naf == null) {
                issues.add(Issue.dropped("naf", "Code NAF invalide (attendu : 4 chiffres et une lettre, ex. 81.21Z)."));
            }
        }
        String email = text(in.email());
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                issues.add(Issue.dropped("email", "Adresse e-mail invalide."));
                email = null;
            }
        }
        String website = text(in.website());
        if (website != null) {
            if (!website.matches("(?i)https?://.*")) {
                website = "https://" + website;
            }
            if (website.length() > 300 || !WEBSITE.matcher(website).matches()) {
                issues.add(Issue.dropped("website", "Adresse de site web invalide."));
                website = null;
            }
        }
        String phone = text(in.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            issues.add(Issue.dropped("phone", "Numéro de téléphone invalide."));
            phone = null;
        }
        Double latitude = in.latitude();
        Double longitude = in.longitude();
        if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
            issues.add(Issue.dropped("latitude", "Latitude hors de [-90, 90]."));
            latitude = null;
        }
        if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
            issues.add(Issue.dropped("longitude", "Longitude hors de [-180, 180]."));
            longitude = null;
        }
        if ((latitude == null) != (longitude == null)) {
            boolean otherWasDropped = in.latitude() != null && in.longitude() != null;
            if (!otherWasDropped) {
                issues.add(Issue.dropped(latitude != null ? "latitude" : "longitude",
                        "Coordonnées incomplètes : latitude et longitude vont ensemble."));
            }
            latitude = null;
            longitude = null;
        }
        BigDecimal insertionFte = in.insertionFte();
        if (insertionFte != null) {
            if (insertionFte.signum() < 0 || insertionFte.compareTo(new BigDecimal(MAX_INSERTION_FTE)) > 0) {
                issues.add(Issue.dropped("insertionFte", "Nombre d'ETP en insertion invalide."));
                insertionFte = null;
            } else {
                insertionFte = insertionFte.setScale(2, RoundingMode.HALF_UP);
            }
        }
        Integer headcount = in.permanentHeadcount();
        if (headcount != null && headcount < 0) {
            issues.add(Issue.dropped("permanentHeadcount", "Effectif invalide."));
            headcount = null;
        }
        Long revenue = in.annualRevenue();
        if (revenue != null && revenue < 0) {
            issues.add(Issue.dropped("annualRevenue", "Chiffre d'affaires invalide."));
            revenue = null;
        }
        List<String> labels = codes("labels", in.labels(), references.labels(), "Label inconnu : ", issues);
        List<String> networks = codes("networks", in.networks(), references.networks(), "Réseau inconnu : ", issues);
        List<ClientReferenceInput> clientReferences = new ArrayList<>();
        if (in.clientReferences() != null) {
            for (int i = 0; i < in.clientReferences().size(); i++) {
                ClientReferenceInput reference = in.clientReferences().get(i);
                String referenceName = reference == null ? null : text(reference.name());
                if (referenceName == null || referenceName.length() > 200) {
                    issues.add(Issue.dropped("clientReferences[" + i + "].name",
                            "Le nom du client est obligatoire (200 caractères au plus)."));
                } else {
                    clientReferences.add(new ClientReferenceInput(referenceName, limited("clientReferences[" + i
                            + "].description", reference.description(), MAX_DESCRIPTION_LENGTH, issues)));
                }
            }
        }
        StructureInput.Builder normalised = in.toBuilder();
        normalised.siret = siret;
        normalised.name = name;
        normalised.brand = limited("brand", in.brand(), 200, issues);
        normalised.legalForm = limited("legalForm", in.legalForm(), 100, issues);
        normalised.naf = naf;
        normalised.address = limited("address", in.address(), 300, issues);
        normalised.postCode = postCode;
        normalised.city = limited("city", in.city(), 100, issues);
        normalised.department = department;
        normalised.latitude = latitude;
        normalised.longitude = longitude;
        normalised.description = limited("description", in.description(), MAX_DESCRIPTION_LENGTH, issues);
        normalised.email = email;
        normalised.phone = phone;
        normalised.contactName = limited("contactName", in.contactName(), 200, issues);
        normalised.website = website;
        normalised.insertionFte = insertionFte;
        normalised.permanentHeadcount = headcount;
        normalised.annualRevenue = revenue;
        normalised.labels = labels;
        normalised.networks = networks;
        normalised.clientReferences = clientReferences;
        normalised.active = in.active() == null || in.active();
        return new Checked(normalised.build(), List.copyOf(issues));
    }

    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String limited(String field, String value, int max, List<Issue> issues) {
        String trimmed = text(value);
        if (trimmed != null && trimmed.length() > max) {
            issues.add(Issue.dropped(field, max + " caractères au plus."));
            return null;
        }
        return trimmed;
    }

    private static List<String> codes(String field, List<String> values, Set<String> known, String unknown,
            List<Issue> issues) {
        Set<String> kept = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                String code = text(value);
                if (code == null) {
                    continue;
                }
                code = code.toLowerCase(Locale.ROOT);
                if (known.contains(code)) {
                    kept.add(code);
                } else {
                    issues.add(Issue.dropped(field, unknown + code + "."));
                }
            }
        }
        return kept.stream().sorted().toList();
    }
}
