package fr.relanceiae.barometer.indicators;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;

import fr.relanceiae.barometer.indicators.CellFigures.InsertionTotals;
import fr.relanceiae.barometer.indicators.CellFigures.SupportTotals;
import fr.relanceiae.barometer.indicators.SurveyFigures.Insertion;
import fr.relanceiae.barometer.indicators.SurveyFigures.Support;
import fr.relanceiae.reference.StructureKind;

/** Survey answers for the tests: one written out, random ones, and the figures of a cell worked out the slow way. */
final class Answers {

    private Answers() {
    }

    /** An answer with the figures that matter to a test, the others plain. */
    static Builder in(String week, String department, StructureKind kind) {
        return new Builder(IsoWeek.parse(week), department, kind);
    }

    static final class Builder {
        private final IsoWeek week;
        private final String department;
        private final StructureKind kind;
        private int activity = 50;
        private int loss = 20;
        private Insertion insertion = new Insertion(10, 8, 2);
        private Support support = new Support(6, 3, 2, 1, Set.of());
        private Set<Need> needs = Set.of();

        private Builder(IsoWeek week, String department, StructureKind kind) {
            this.week = week;
            this.department = department;
            this.kind = kind;
        }

        Builder activity(int percent) {
            activity = percent;
            return this;
        }

        Builder loss(int percent) {
            loss = percent;
            return this;
        }

        Builder insertion(int employees, int working, int shortTime) {
            insertion = new Insertion(employees, working, shortTime);
            return this;
        }

        Builder support(int followed, int inPerson, int byPhone, int byVideo, Obstacle... obstacles) {
            support = new Support(followed, inPerson, byPhone, byVideo, Set.of(obstacles));
            return this;
        }

        Builder needs(Need... declared) {
            needs = Set.of(declared);
            return this;
        }

        SurveyFigures build() {
            return new SurveyFigures(week, department, kind, activity, loss, insertion, support, needs);
        }
    }

    /** A consistent answer with random figures. */
    static SurveyFigures random(Random random, IsoWeek week, String department, StructureKind kind) {
        int employees = random.nextInt(31);
        int working = random.nextInt(employees + 1);
        int shortTime = random.nextInt(employees - working + 1);
        int followed = random.nextInt(employees + 1);
        return new SurveyFigures(week, department, kind, random.nextInt(101), random.nextInt(101),
                new Insertion(employees, working, shortTime),
                new Support(followed, random.nextInt(followed + 1), random.nextInt(followed + 1),
                        random.nextInt(followed + 1), someOf(random, Obstacle.class)),
                someOf(random, Need.class));
    }

    private static <E extends Enum<E>> Set<E> someOf(Random random, Class<E> type) {
        Set<E> some = EnumSet.noneOf(type);
        for (E code : type.getEnumConstants()) {
            if (random.nextInt(4) == 0) {
                some.add(code);
            }
        }
        return some;
    }

    /** The figures of a cell computed from its answers directly: sorting for the quartiles, a pass per total. */
    static CellFigures figuresOf(List<SurveyFigures> answers) {
        int[] levels = answers.stream().mapToInt(SurveyFigures::activityLevelPct).toArray();
        Map<Need, Integer> needs = new EnumMap<>(Need.class);
        for (Need need : Need.values()) {
            needs.put(need, (int) answers.stream().filter(a -> a.needs().contains(need)).count());
        }
        Map<Obstacle, Integer> obstacles = new EnumMap<>(Obstacle.class);
        for (Obstacle obstacle : Obstacle.values()) {
            obstacles.put(obstacle, (int) answers.stream().filter(a -> a.support().obstacles().contains(obstacle)).count());
        }
        return new CellFigures(answers.size(), Quartiles.of(levels),
                (double) sum(answers, SurveyFigures::revenueLossPct) / answers.size(),
                new InsertionTotals(sum(answers, a -> a.insertion().employees()), sum(answers, a -> a.insertion().working()),
                        sum(answers, a -> a.insertion().shortTime())),
                new SupportTotals(sum(answers, a -> a.support().followed()), sum(answers, a -> a.support().inPerson()),
                        sum(answers, a -> a.support().byPhone()), sum(answers, a -> a.support().byVideo()), obstacles),
                needs);
    }

    private static long sum(List<SurveyFigures> answers, ToLongFunction<SurveyFigures> figure) {
        return answers.stream().mapToLong(figure).sum();
    }

    /** The answers that count in a cell: {@code null} department or kind for all. */
    static List<SurveyFigures> of(List<SurveyFigures> answers, IsoWeek week, String department, StructureKind kind) {
        List<SurveyFigures> in = new ArrayList<>();
        for (SurveyFigures answer : answers) {
            if (answer.week().equals(week) && (department == null || answer.department().equals(department))
                    && (kind == null || answer.kind() == kind)) {
                in.add(answer);
            }
        }
        return in;
    }
}
