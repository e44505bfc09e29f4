package fr.relanceiae.sourcing.matching;

/**
 * A match's score, 0 to 100 (pure, deterministic): a weighted mean of four parts, each 0 to 1, over
 * the parts that apply to the need. The weights, in points out of 100 when every part applies:
 * <ul>
 * <li>{@link #TEXT} 40 — how many of the need's words (title and description, French stems) the
 * structure's offers and description have: a word in an offer's title counts 1, in an offer's or the
 * structure's description {@link #IN_DESCRIPTION}; the sum over {@link #WORDS_FOR_FULL_MARKS} words
 * (or all of them, if fewer) gives full marks, so a long description does not dilute the few words
 * that name the trade. Left out when the need has no text.</li>
 * <li>{@link #DISTANCE} 25 — around a point only: 1 at the point, ½ at the need's radius, 0 at twice
 * the radius and beyond or without coordinates. Left out for departments.</li>
 * <li>{@link #INSERTION} 15 — insertion FTE, {@code fte / (fte + 10)}: 10 FTE give ½, 30 give ¾;
 * 0 when unknown.</li>
 * <li>{@link #RESPONSIVENESS} 20 — how often it answered past solicitations ({@link Responsiveness},
 * neutral ½ until there is a history).</li>
 * </ul>
 * With departments and no text, insertion and responsiveness alone decide (out of 35, scaled to 100).
 */
public final class MatchScore {

    static final double TEXT = 40;
    static final double DISTANCE = 25;
    static final double INSERTION = 15;
    static final double RESPONSIVENESS = 20;
    /** The weight of a word found only in a description, one in an offer's title weighing 1. */
    static final double IN_DESCRIPTION = 0.6;
    static final int WORDS_FOR_FULL_MARKS = 5;
    /** Insertion FTE giving half of its part. */
    static final double HALF_INSERTION_FTE = 10;

    private MatchScore() {
    }

    /**
     * @param query          the need's stems ({@link Stems#ofQuery}); empty: no text
     * @param point          the need's point, or null
     * @param distanceKm     the structure's distance from the point, or null
     * @param responsiveness 0 to 1
     */
    public static int of(int[] query, Candidate structure, MatchCriteria.AroundPoint point, Double distanceKm,
            double responsiveness) {
        double points = INSERTION * insertion(structure.insertionFte())
                + RESPONSIVENESS * Math.max(0, Math.min(1, responsiveness));
        double weights = INSERTION + RESPONSIVENESS;
        if (query.length > 0) {
            points += TEXT * textRelevance(query, structure);
            weights += TEXT;
        }
        if (point != null) {
            points += DISTANCE * nearness(distanceKm, point.radiusKm());
            weights += DISTANCE;
        }
        return (int) Math.round(100 * points / weights);
    }

    /** 0 to 1: see {@link #TEXT}. */
    static double textRelevance(int[] query, Candidate structure) {
        double found = 0;
        for (int stem : query) {
            found += wordWeight(stem, structure);
        }
        return Math.min(1, found / Math.min(query.length, WORDS_FOR_FULL_MARKS));
    }

    /** 1 in an offer's title, {@link #IN_DESCRIPTION} in a description, 0 elsewhere. */
    static double wordWeight(int stem, Candidate structure) {
        boolean inDescription = Stems.contains(structure.descriptionText(), stem);
        for (Candidate.CandidateOffer offer : structure.offers()) {
            if (Stems.contains(offer.titleText(), stem)) {
                return 1;
            }
            inDescription |= Stems.contains(offer.descriptionText(), stem);
        }
        return inDescription ? IN_DESCRIPTION : 0;
    }

    static double nearness(Double distanceKm, double radiusKm) {
        if (distanceKm == null) {
            return 0;
        }
        return Math.max(0, 1 - distanceKm / (2 * radiusKm));
    }

    static double insertion(Double fte) {
        return fte == null || fte <= 0 ? 0 : fte / (fte + HALF_INSERTION_FTE);
    }
}
