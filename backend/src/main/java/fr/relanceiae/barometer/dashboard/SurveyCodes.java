package fr.relanceiae.barometer.dashboard;

import java.util.EnumSet;
import java.util.Set;

/** The codes of a survey's array column (obstacles, needs) as enum constants. */
final class SurveyCodes {

    private SurveyCodes() {
    }

    /**
     * The constants these codes name; a code this version does not know (written by a newer one) is
     * left out rather than failing a whole page of indicators.
     */
    static <E extends Enum<E>> Set<E> known(Object[] codes, Class<E> type) {
        Set<E> known = EnumSet.noneOf(type);
        if (codes == null) {
            return known;
        }
        for (Object code : codes) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(code)) {
                    known.add(constant);
                }
            }
        }
        return known;
    }
}
