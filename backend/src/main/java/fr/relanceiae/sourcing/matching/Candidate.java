package fr.relanceiae.sourcing.matching;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;

/**
 * A structure of the directory as matching keeps it in memory: what the rule, the score, the
 * reasons and the counter read, nothing else. Immutable.
 *
 * @param sortName        the name's search form (V10's {@code sort_name}): ties are ordered by it
 * @param insertionFte    null: unknown
 * @param annualRevenue   in euros; null: unknown
 * @param withEmail       it has a contact e-mail (reachable without a user)
 * @param descriptionText the stems of its description ({@link Stems})
 */
public record Candidate(UUID id, String name, String sortName, StructureKind kind, boolean active, String department,
        Double latitude, Double longitude, Double insertionFte, Long annualRevenue, boolean withEmail,
        UUID organisationId, List<CandidateActivity> activities, List<CandidateOffer> offers, int[] descriptionText) {

    public Candidate {
        activities = List.copyOf(activities);
        offers = List.copyOf(offers);
        descriptionText = descriptionText == null ? Stems.NONE : descriptionText;
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    /** An activity: a sector, how it works there, and where. */
    public record CandidateActivity(String sector, Set<PrestaType> prestaTypes, GeoRange range,
            Set<String> departments, Integer radiusKm) {

        public CandidateActivity {
            prestaTypes = Set.copyOf(prestaTypes);
            departments = departments == null ? Set.of() : Set.copyOf(departments);
        }
    }

    /** An offer of its catalogue: its title as written, and the stems of its title and description. */
    public record CandidateOffer(String title, int[] titleText, int[] descriptionText) {
    }
}
