package fr.relanceiae.sourcing.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.reference.CommuneView;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;

/** Structures and reference data for the pure tests of matching, built field by field. */
final class TestCandidates {

    /** Montreuil (93), where the default structure is. */
    static final double MONTREUIL_LAT = 48.8611;
    static final double MONTREUIL_LON = 2.4437;
    /** The centre of Paris (75): 6.7 km from Montreuil. */
    static final double PARIS_LAT = 48.8566;
    static final double PARIS_LON = 2.3522;
    static final String CLEANING = "nettoyage-de-locaux";
    static final String GREEN_SPACES = "espaces-verts";
    static final String CATERING = "restauration";

    static final MatchReferences REFERENCES = new MatchReferences(
            Map.of("proprete", List.of(CLEANING, GREEN_SPACES), "alimentation", List.of(CATERING)),
            Map.of(CLEANING, "Nettoyage de locaux", GREEN_SPACES, "Espaces verts", CATERING, "Restauration"),
            Map.of("75", "Paris", "93", "Seine-Saint-Denis", "94", "Val-de-Marne", "13", "Bouches-du-Rhône"),
            List.of(new CommuneView("75056", "Paris", "75", List.of("75001"), PARIS_LAT, PARIS_LON),
                    new CommuneView("93048", "Montreuil", "93", List.of("93100"), MONTREUIL_LAT, MONTREUIL_LON),
                    new CommuneView("13055", "Marseille", "13", List.of("13001"), 43.2965, 5.3698),
                    new CommuneView("97501", "Sans centre", "975", List.of("97500"), null, null)));

    private TestCandidates() {
    }

    static Candidate.CandidateActivity departments(String sector, String... departments) {
        return new Candidate.CandidateActivity(sector, Set.of(PrestaType.SERVICE), GeoRange.DEPARTMENTS,
                Set.of(departments), null);
    }

    static Candidate.CandidateActivity radius(String sector, int km) {
        return new Candidate.CandidateActivity(sector, Set.of(PrestaType.SERVICE), GeoRange.RADIUS, Set.of(), km);
    }

    static Candidate.CandidateActivity country(String sector) {
        return new Candidate.CandidateActivity(sector, Set.of(PrestaType.SERVICE), GeoRange.COUNTRY, Set.of(), null);
    }

    static Candidate.CandidateActivity withTypes(Candidate.CandidateActivity activity, PrestaType... types) {
        return new Candidate.CandidateActivity(activity.sector(), Set.of(types), activity.range(),
                activity.departments(), activity.radiusKm());
    }

    static Builder structure(String name) {
        return new Builder(name);
    }

    /** An active ACI in Montreuil (93), with an e-mail, no offer, no description, unless told otherwise. */
    static final class Builder {
        private final UUID id = UUID.randomUUID();
        private final String name;
        private StructureKind kind = StructureKind.ACI;
        private boolean active = true;
        private String department = "93";
        private Double latitude = MONTREUIL_LAT;
        private Double longitude = MONTREUIL_LON;
        private Double insertionFte;
        private Long revenue;
        private String description;
        private final List<Candidate.CandidateActivity> activities = new ArrayList<>();
        private final List<Candidate.CandidateOffer> offers = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder kind(StructureKind value) {
            kind = value;
            return this;
        }

        Builder inactive() {
            active = false;
            return this;
        }

        Builder at(String departmentCode, Double lat, Double lon) {
            department = departmentCode;
            latitude = lat;
            longitude = lon;
            return this;
        }

        Builder withoutCoordinates() {
            latitude = null;
            longitude = null;
            return this;
        }

        Builder insertionFte(Double value) {
            insertionFte = value;
            return this;
        }

        Builder revenue(Long value) {
            revenue = value;
            return this;
        }

        Builder description(String value) {
            description = value;
            return this;
        }

        Builder activity(Candidate.CandidateActivity activity) {
            activities.add(activity);
            return this;
        }

        Builder offer(String title, String offerDescription) {
            offers.add(new Candidate.CandidateOffer(title, Stems.of(title), Stems.of(offerDescription)));
            return this;
        }

        Candidate build() {
            return new Candidate(id, name, name.toLowerCase(), kind, active, department, latitude, longitude,
                    insertionFte, revenue, true, UUID.randomUUID(), activities, offers, Stems.of(description));
        }
    }
}
