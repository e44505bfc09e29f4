package fr.relanceiae.barometer.indicators;

import java.util.EnumMap;
import java.util.Map;

import fr.relanceiae.barometer.indicators.CellFigures.InsertionTotals;
import fr.relanceiae.barometer.indicators.CellFigures.SupportTotals;

/**
 * The running sums of one cell while the answers are read: a histogram of activity levels and
 * one counter per additive figure. A margin is the {@linkplain #addAll sum} of its cells'
 * accumulators, so no answer is read twice.
 */
final class CellAccumulator {

    private static final Need[] NEEDS = Need.values();
    private static final Obstacle[] OBSTACLES = Obstacle.values();

    private final PercentHistogram activityLevels = new PercentHistogram();
    private long revenueLoss;
    private long employees;
    private long working;
    private long shortTime;
    private long followed;
    private long inPerson;
    private long byPhone;
    private long byVideo;
    private final int[] needs = new int[NEEDS.length];
    private final int[] obstacles = new int[OBSTACLES.length];

    void add(SurveyFigures answer) {
        activityLevels.add(answer.activityLevelPct());
        revenueLoss += answer.revenueLossPct();
        employees += answer.insertion().employees();
        working += answer.insertion().working();
        shortTime += answer.insertion().shortTime();
        followed += answer.support().followed();
        inPerson += answer.support().inPerson();
        byPhone += answer.support().byPhone();
        byVideo += answer.support().byVideo();
        for (Need need : answer.needs()) {
            needs[need.ordinal()]++;
        }
        for (Obstacle obstacle : answer.support().obstacles()) {
            obstacles[obstacle.ordinal()]++;
        }
    }

    void addSums(CellSums sums) {
        for (int percent = 0; percent < sums.activityLevels().length; percent++) {
            activityLevels.add(percent, sums.activityLevels()[percent]);
        }
        revenueLoss += sums.revenueLoss();
        employees += sums.employees();
        working += sums.working();
        shortTime += sums.shortTime();
        followed += sums.followed();
        inPerson += sums.inPerson();
        byPhone += sums.byPhone();
        byVideo += sums.byVideo();
        for (int i = 0; i < needs.length; i++) {
            needs[i] += sums.needs()[i];
        }
        for (int i = 0; i < obstacles.length; i++) {
            obstacles[i] += sums.obstacles()[i];
        }
    }

    void addAll(CellAccumulator other) {
        activityLevels.addAll(other.activityLevels);
        revenueLoss += other.revenueLoss;
        employees += other.employees;
        working += other.working;
        shortTime += other.shortTime;
        followed += other.followed;
        inPerson += other.inPerson;
        byPhone += other.byPhone;
        byVideo += other.byVideo;
        for (int i = 0; i < needs.length; i++) {
            needs[i] += other.needs[i];
        }
        for (int i = 0; i < obstacles.length; i++) {
            obstacles[i] += other.obstacles[i];
        }
    }

    int respondents() {
        return Math.toIntExact(activityLevels.total());
    }

    /** The figures, for a cell with at least one answer. */
    CellFigures figures() {
        int respondents = respondents();
        return new CellFigures(respondents, activityLevels.quartiles(), (double) revenueLoss / respondents,
                new InsertionTotals(employees, working, shortTime),
                new SupportTotals(followed, inPerson, byPhone, byVideo, counts(OBSTACLES, obstacles)),
                counts(NEEDS, needs));
    }

    private static <E extends Enum<E>> Map<E, Integer> counts(E[] codes, int[] counts) {
        Map<E, Integer> byCode = new EnumMap<>(codes[0].getDeclaringClass());
        for (E code : codes) {
            byCode.put(code, counts[code.ordinal()]);
        }
        return byCode;
    }
}
