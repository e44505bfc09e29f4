package fr.relanceiae.barometer.indicators;

import static fr.relanceiae.reference.StructureKind.ACI;
import static fr.relanceiae.reference.StructureKind.AI;
import static fr.relanceiae.reference.StructureKind.EI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.relanceiae.barometer.indicators.ActivityCell.Level;
import fr.relanceiae.barometer.indicators.CellFigures.InsertionTotals;
import fr.relanceiae.barometer.indicators.CellFigures.SupportTotals;
import fr.relanceiae.barometer.indicators.SurveyFigures.Insertion;
import fr.relanceiae.reference.StructureKind;

class ActivityCubeTest {

    private static final IsoWeek W48 = IsoWeek.parse("2026-W48");
    private static final IsoWeek W49 = IsoWeek.parse("2026-W49");

    /** Week 48: three ACI and two EI in Seine-Saint-Denis, one ACI in Paris; week 49: one EI in Paris. */
    private static final List<SurveyFigures> ANSWERS = List.of(
            Answers.in("2026-W48", "93", ACI).activity(20).loss(10).insertion(10, 6, 3)
                    .support(8, 4, 3, 2, Obstacle.HEALTH).needs(Need.SUPPLIES).build(),
            Answers.in("2026-W48", "93", ACI).activity(50).loss(20).insertion(5, 5, 0)
                    .support(5, 5, 0, 0).needs(Need.SUPPLIES, Need.FINANCING).build(),
            Answers.in("2026-W48", "93", ACI).activity(80).loss(40).insertion(12, 4, 8)
                    .support(10, 2, 6, 4, Obstacle.NO_EQUIPMENT, Obstacle.HEALTH).build(),
            Answers.in("2026-W48", "93", EI).activity(100).loss(0).build(),
            Answers.in("2026-W48", "93", EI).activity(70).loss(30).needs(Need.CUSTOMERS).build(),
            Answers.in("2026-W48", "75", ACI).activity(0).loss(90).needs(Need.FINANCING).build(),
            Answers.in("2026-W49", "75", EI).activity(60).build());

    private static final ActivityCube CUBE = ActivityCube.of(ANSWERS);

    private static CellFigures figures(IsoWeek week, String department, StructureKind kind) {
        return CUBE.cell(week, department, kind).orElseThrow().figures();
    }

    @Test
    void a_cell_counts_its_structures_and_sums_their_figures() {
        CellFigures aciIn93 = figures(W48, "93", ACI);

        assertThat(aciIn93.respondents()).isEqualTo(3);
        assertThat(aciIn93.activityLevelPct()).isEqualTo(new Quartiles(35, 50, 65));
        assertThat(aciIn93.meanRevenueLossPct()).isEqualTo(70.0 / 3);
        assertThat(aciIn93.insertion()).isEqualTo(new InsertionTotals(27, 15, 11));
        assertThat(aciIn93.support()).isEqualTo(new SupportTotals(23, 11, 9, 6, Map.of(Obstacle.NO_EQUIPMENT, 1,
                Obstacle.NO_CONNECTION, 0, Obstacle.HEALTH, 2, Obstacle.CHILDCARE, 0, Obstacle.TRANSPORT, 0, Obstacle.OTHER, 0)));
        assertThat(aciIn93.needs()).containsExactly(Map.entry(Need.SUPPLIES, 2), Map.entry(Need.CUSTOMERS, 0),
                Map.entry(Need.FINANCING, 1), Map.entry(Need.STAFFING, 0));
        assertThat(aciIn93.needShare(Need.SUPPLIES)).isEqualTo(2.0 / 3);
        assertThat(aciIn93.needShare(Need.STAFFING)).isZero();
    }

    @Test
    void the_margins_take_the_quartiles_of_all_their_answers_not_of_their_cells() {
        // 20 50 70 80 100
        assertThat(figures(W48, "93", null).activityLevelPct()).isEqualTo(new Quartiles(50, 70, 80));
        // 0 20 50 80
        assertThat(figures(W48, null, ACI).activityLevelPct()).isEqualTo(new Quartiles(15, 35, 57.5));
        // 0 20 50 70 80 100
        assertThat(figures(W48, null, null).activityLevelPct()).isEqualTo(new Quartiles(27.5, 60, 77.5));
        assertThat(figures(W48, null, null).respondents()).isEqualTo(6);
        assertThat(figures(W48, null, null).meanRevenueLossPct()).isEqualTo(190.0 / 6);
    }

    @Test
    void every_cell_and_margin_has_the_figures_of_its_answers() {
        for (ActivityCell cell : CUBE.cells()) {
            assertThat(cell.figures()).as("%s %s %s", cell.week(), cell.department(), cell.kind())
                    .isEqualTo(Answers.figuresOf(Answers.of(ANSWERS, cell.week(), cell.department(), cell.kind())));
        }
    }

    @Test
    void the_cells_come_by_week_then_department_then_kind_margins_last() {
        assertThat(CUBE.weeks()).containsExactly(W48, W49);
        assertThat(CUBE.cells()).extracting(ActivityCell::week, ActivityCell::department, ActivityCell::kind, ActivityCell::level)
                .containsExactly(
                        tuple(W48, "75", ACI, Level.DEPARTMENT_AND_KIND),
                        tuple(W48, "75", null, Level.DEPARTMENT),
                        tuple(W48, "93", ACI, Level.DEPARTMENT_AND_KIND),
                        tuple(W48, "93", EI, Level.DEPARTMENT_AND_KIND),
                        tuple(W48, "93", null, Level.DEPARTMENT),
                        tuple(W48, null, ACI, Level.KIND),
                        tuple(W48, null, EI, Level.KIND),
                        tuple(W48, null, null, Level.WEEK),
                        tuple(W49, "75", EI, Level.DEPARTMENT_AND_KIND),
                        tuple(W49, "75", null, Level.DEPARTMENT),
                        tuple(W49, null, EI, Level.KIND),
                        tuple(W49, null, null, Level.WEEK));
        assertThat(CUBE.cells()).noneMatch(ActivityCell::suppressed);
    }

    @Test
    void nobody_answering_is_no_cell() {
        assertThat(CUBE.cell(W48, "75", EI)).isEmpty();
        assertThat(CUBE.cell(W48, "94", null)).isEmpty();
        assertThat(CUBE.cell(W48, null, AI)).isEmpty();
        assertThat(CUBE.cell(W49.next(), null, null)).isEmpty();
        assertThat(ActivityCube.of(List.of()).cells()).isEmpty();
    }

    @Test
    void partners_see_only_what_hides_every_structure_of_a_small_cell() {
        ActivityCube forPartners = CUBE.forPartners();

        // Week 48 is small everywhere but its total: 93's margin (5) goes too, or 75's (1) would be 6 − 5.
        assertThat(forPartners.cells()).filteredOn(cell -> cell.week().equals(W48))
                .allMatch(cell -> cell.suppressed() == (cell.level() != Level.WEEK));
        assertThat(forPartners.cell(W48, null, null).orElseThrow()).isEqualTo(CUBE.cell(W48, null, null).orElseThrow());
        assertThat(forPartners.cells()).filteredOn(ActivityCell::suppressed).allMatch(cell -> cell.figures() == null);
        // Week 49 has one structure: all of it goes.
        assertThat(forPartners.cells()).filteredOn(cell -> cell.week().equals(W49)).allMatch(ActivityCell::suppressed);
        assertThat(forPartners.forPartners()).isSameAs(forPartners);
    }

    @Test
    void partners_see_the_same_figures_where_a_cell_is_shown_and_no_withheld_count_can_be_recomputed() {
        long seed = Long.getLong("cube.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            List<SurveyFigures> answers = randomAnswers(random, 1 + random.nextInt(400));
            ActivityCube all = ActivityCube.of(answers);
            ActivityCube forPartners = all.forPartners();
            String context = "answers " + i + " of seed " + seed + " (-Dcube.seed=" + seed + ")";

            assertThat(forPartners.cells()).as(context).hasSameSizeAs(all.cells());
            for (int c = 0; c < all.cells().size(); c++) {
                ActivityCell cell = all.cells().get(c);
                ActivityCell shown = forPartners.cells().get(c);
                assertThat(shown.figures()).as(context).isIn(null, cell.figures());
                if (cell.figures().respondents() < SmallCellSuppression.PARTNER_THRESHOLD) {
                    assertThat(shown.suppressed()).as(context).isTrue();
                }
            }
            for (IsoWeek week : all.weeks()) {
                weekTable(all, forPartners, week).assertProtected(SmallCellSuppression.PARTNER_THRESHOLD, context + " " + week);
            }
        }
    }

    @Test
    void the_figures_of_a_cell_are_those_of_its_answers_on_random_answers() {
        long seed = Long.getLong("cube.seed", System.nanoTime());
        Random random = new Random(seed);
        List<SurveyFigures> answers = randomAnswers(random, 3000);
        ActivityCube cube = ActivityCube.of(answers);

        int expectedCells = 0;
        for (IsoWeek week : List.of(W48, W49, W49.next())) {
            for (String department : departmentsOrAll()) {
                for (StructureKind kind : kindsOrAll()) {
                    List<SurveyFigures> in = Answers.of(answers, week, department, kind);
                    if (in.isEmpty()) {
                        assertThat(cube.cell(week, department, kind)).isEmpty();
                    } else {
                        expectedCells++;
                        assertThat(cube.cell(week, department, kind).orElseThrow().figures())
                                .as("seed %d (-Dcube.seed=%d): %s %s %s", seed, seed, week, department, kind)
                                .isEqualTo(Answers.figuresOf(in));
                    }
                }
            }
        }
        assertThat(cube.cells()).hasSize(expectedCells);
    }

    /**
     * 200,000 answers over 52 weeks × 8 departments × 6 kinds, EITI rare enough to be suppressed:
     * the cells add up and partners see no small cell. Correctness only; the timing is the benchmark's.
     */
    @Test
    void a_year_of_200_000_answers() {
        Random random = new Random(12);
        List<String> departments = List.of("75", "77", "78", "91", "92", "93", "94", "95");
        StructureKind[] kinds = { ACI, AI, EI, StructureKind.ETTI, StructureKind.GEIQ, StructureKind.EITI };
        IsoWeek first = IsoWeek.parse("2026-W01");
        List<SurveyFigures> answers = new ArrayList<>(200_000);
        for (int i = 0; i < 200_000; i++) {
            // About 2.5 EITI per department and week: many of their cells are small.
            int kind = random.nextInt(200) == 0 ? kinds.length - 1 : random.nextInt(kinds.length - 1);
            answers.add(Answers.random(random, first.plusWeeks(random.nextInt(52)),
                    departments.get(random.nextInt(departments.size())), kinds[kind]));
        }

        ActivityCube cube = ActivityCube.of(answers);
        ActivityCube forPartners = cube.forPartners();

        assertThat(cube.weeks()).hasSize(52);
        long answeredCells = answers.stream().map(a -> List.of(a.week(), a.department(), a.kind())).distinct().count();
        assertThat(cube.cells()).hasSize((int) answeredCells + 52 * (8 + 6 + 1));
        assertThat(cube.cells().stream().filter(cell -> cell.level() == Level.DEPARTMENT_AND_KIND)
                .mapToInt(cell -> cell.figures().respondents()).sum()).isEqualTo(200_000);
        for (IsoWeek week : cube.weeks()) {
            CellFigures total = cube.cell(week, null, null).orElseThrow().figures();
            assertThat(sumOf(cube, week, Level.DEPARTMENT)).isEqualTo(sumOf(cube, week, Level.KIND))
                    .isEqualTo(sumOf(cube, week, Level.DEPARTMENT_AND_KIND))
                    .isEqualTo(List.of((long) total.respondents(), total.insertion().shortTime(), total.support().followed()));
        }
        IsoWeek week = first.plusWeeks(20);
        assertThat(cube.cell(week, null, null).orElseThrow().figures())
                .isEqualTo(Answers.figuresOf(Answers.of(answers, week, null, null)));
        ActivityCell small = cube.cells().stream().filter(cell -> cell.week().equals(week)
                && cell.level() == Level.DEPARTMENT_AND_KIND && cell.figures().respondents() < 5).findFirst().orElseThrow();
        assertThat(small.figures()).isEqualTo(Answers.figuresOf(Answers.of(answers, week, small.department(), small.kind())));

        assertThat(forPartners.cells()).anyMatch(ActivityCell::suppressed)
                .filteredOn(cell -> !cell.suppressed()).allMatch(cell -> cell.figures().respondents() >= 5);
        for (IsoWeek each : cube.weeks()) {
            weekTable(cube, forPartners, each).assertProtected(SmallCellSuppression.PARTNER_THRESHOLD, each.toString());
        }
    }

    @Test
    void an_answer_out_of_range_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Answers.in("2026-W48", "93", ACI).activity(101).build());
        assertThatIllegalArgumentException().isThrownBy(() -> Answers.in("2026-W48", "93", ACI).loss(-1).build());
        assertThatIllegalArgumentException().isThrownBy(() -> new Insertion(-1, 0, 0));
    }

    /** Structures, short-time workers and people followed, summed over one level of a week. */
    private static List<Long> sumOf(ActivityCube cube, IsoWeek week, Level level) {
        long respondents = 0;
        long shortTime = 0;
        long followed = 0;
        for (ActivityCell cell : cube.cells()) {
            if (cell.week().equals(week) && cell.level() == level) {
                respondents += cell.figures().respondents();
                shortTime += cell.figures().insertion().shortTime();
                followed += cell.figures().support().followed();
            }
        }
        return List.of(respondents, shortTime, followed);
    }

    private static final List<String> DEPARTMENTS = List.of("75", "92", "93", "95");
    private static final List<StructureKind> KINDS = List.of(ACI, AI, EI, StructureKind.EITI);

    private static List<String> departmentsOrAll() {
        List<String> all = new ArrayList<>(DEPARTMENTS);
        all.add(null);
        return all;
    }

    private static List<StructureKind> kindsOrAll() {
        List<StructureKind> all = new ArrayList<>(KINDS);
        all.add(null);
        return all;
    }

    /** Three weeks, four departments, four kinds; some combinations frequent, some rare, some absent. */
    private static List<SurveyFigures> randomAnswers(Random random, int count) {
        List<SurveyFigures> answers = new ArrayList<>(count);
        IsoWeek[] weeks = { W48, W49, W49.next() };
        for (int i = 0; i < count; i++) {
            int department = Math.min(random.nextInt(DEPARTMENTS.size() + 2), DEPARTMENTS.size() - 1);
            int kind = random.nextInt(10) == 0 ? KINDS.size() - 1 : random.nextInt(KINDS.size() - 1);
            answers.add(Answers.random(random, weeks[random.nextInt(weeks.length)], DEPARTMENTS.get(department),
                    KINDS.get(kind)));
        }
        return answers;
    }

    /**
     * One week as a partner reads it: the true counts (departments × kinds, 0 where no cell), and
     * withheld what the partners' cube suppresses.
     */
    private static Disclosure weekTable(ActivityCube all, ActivityCube forPartners, IsoWeek week) {
        List<String> departments = new ArrayList<>();
        List<StructureKind> kinds = new ArrayList<>();
        for (ActivityCell cell : all.cells()) {
            if (cell.week().equals(week) && cell.level() == Level.DEPARTMENT) {
                departments.add(cell.department());
            } else if (cell.week().equals(week) && cell.level() == Level.KIND) {
                kinds.add(cell.kind());
            }
        }
        int[][] counts = new int[departments.size()][kinds.size()];
        boolean[] withheld = new boolean[counts.length * kinds.size() + counts.length + kinds.size() + 1];
        Disclosure numbering = Disclosure.of(counts, withheld);
        for (int d = 0; d < departments.size(); d++) {
            for (int k = 0; k < kinds.size(); k++) {
                String department = departments.get(d);
                StructureKind kind = kinds.get(k);
                counts[d][k] = all.cell(week, department, kind).map(cell -> cell.figures().respondents()).orElse(0);
                withheld[numbering.cell(d, k)] = forPartners.cell(week, department, kind).map(ActivityCell::suppressed).orElse(false);
            }
            withheld[numbering.rowMargin(d)] = forPartners.cell(week, departments.get(d), null).orElseThrow().suppressed();
        }
        for (int k = 0; k < kinds.size(); k++) {
            withheld[numbering.columnMargin(k)] = forPartners.cell(week, null, kinds.get(k)).orElseThrow().suppressed();
        }
        withheld[numbering.total()] = forPartners.cell(week, null, null).orElseThrow().suppressed();
        return Disclosure.of(counts, withheld);
    }
}
