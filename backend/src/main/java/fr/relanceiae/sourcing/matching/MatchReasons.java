package fr.relanceiae.sourcing.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why a structure matches, in French, for the buyer and the facilitator (pure): its sectors, how it
 * covers the place (the best way found), its distance from the point, and the offers that have the
 * need's words. Names come from the reference data, never slugs. Departments are written "Nom (code)"
 * after a colon: the preposition before a department's name varies (en Gironde, dans le Nord, à
 * Paris), so the wording avoids one.
 */
public final class MatchReasons {

    /** Offers named at most. */
    static final int MAX_OFFERS = 2;

    private MatchReasons() {
    }

    public static List<String> of(MatchRule.Result result, Candidate structure, int[] query,
            MatchReferences references) {
        List<String> reasons = new ArrayList<>();
        Set<String> sectors = new LinkedHashSet<>();
        result.grounds().forEach(ground -> sectors.add(references.sectorName(ground.activity().sector())));
        reasons.add((sectors.size() == 1 ? "Secteur : " : "Secteurs : ") + String.join(", ", sectors));
        MatchRule.Ground best = result.grounds().get(0);
        switch (best.way()) {
            case NEAR_POINT -> {
                // the distance says it
            }
            case IN_DEPARTMENT -> reasons.add("Département d'intervention : " + references.departmentLabel(best.department()));
            case WITHIN_OWN_RADIUS -> {
                if (best.department() != null) {
                    reasons.add("Implantation : " + references.departmentLabel(best.department()));
                }
                reasons.add("Rayon d'intervention de " + best.activity().radiusKm() + " km");
            }
            case NATIONWIDE -> reasons.add("Intervient dans toute la France");
        }
        if (result.distanceKm() != null) {
            reasons.add(distance(result.distanceKm()));
        }
        for (Candidate.CandidateOffer offer : offersWithWords(structure, query)) {
            reasons.add("Offre « " + offer.title() + " »");
        }
        return List.copyOf(reasons);
    }

    /** "À 3,2 km" below 10 km, "À 25 km" beyond, "À moins de 100 m" at the point. */
    static String distance(double km) {
        if (km < 0.1) {
            return "À moins de 100 m";
        }
        return "À " + (km < 10 ? FrenchNumbers.oneDecimal(km) : FrenchNumbers.integer(Math.round(km))) + " km";
    }

    /** The offers having most of the need's words (title first, then description), at most {@link #MAX_OFFERS}. */
    static List<Candidate.CandidateOffer> offersWithWords(Candidate structure, int[] query) {
        if (query.length == 0) {
            return List.of();
        }
        record Scored(Candidate.CandidateOffer offer, double words, int position) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < structure.offers().size(); i++) {
            Candidate.CandidateOffer offer = structure.offers().get(i);
            double words = 0;
            for (int stem : query) {
                if (Stems.contains(offer.titleText(), stem)) {
                    words += 1;
                } else if (Stems.contains(offer.descriptionText(), stem)) {
                    words += MatchScore.IN_DESCRIPTION;
                }
            }
            if (words > 0) {
                scored.add(new Scored(offer, words, i));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingDouble(Scored::words).reversed().thenComparingInt(Scored::position))
                .limit(MAX_OFFERS).map(Scored::offer).toList();
    }
}
