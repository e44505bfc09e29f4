package fr.relanceiae.barometer.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.relanceiae.reference.StructureKind;

/** The cube from per-cell sums (a grouped query) is the cube from the answers, cell for cell, suppressed or not. */
class ActivityCubeOfSumsTest {

    private static final List<String> DEPARTMENTS = List.of("2A", "75", "93", "971");
    private static final List<StructureKind> KINDS = List.of(StructureKind.ACI, StructureKind.EI, StructureKind.EITI);

    @Test
    void the_sums_of_each_cell_give_the_cube_of_its_answers() {
        long seed = Long.getLong("cube.seed", System.nanoTime());
        Random random = new Random(seed);
        List<SurveyFigures> answers = new ArrayList<>();
        IsoWeek first = IsoWeek.parse("2026-W45");
        for (int i = 0; i < 2000; i++) {
            // some cells small, for the partners' suppression
            int department = random.nextInt(10) < 8 ? random.nextInt(2) : 2 + random.nextInt(2);
            answers.add(Answers.random(random, first.plusWeeks(random.nextInt(4)), DEPARTMENTS.get(department),
                    KINDS.get(random.nextInt(KINDS.size()))));
        }

        ActivityCube fromAnswers = ActivityCube.of(answers);
        ActivityCube fromSums = ActivityCube.ofSums(sums(answers));

        assertThat(fromSums.cells()).as("seed %d (-Dcube.seed=%d)", seed, seed).isEqualTo(fromAnswers.cells());
        assertThat(fromSums.forPartners().cells()).isEqualTo(fromAnswers.forPartners().cells());
        assertThat(fromSums.weeks()).isEqualTo(fromAnswers.weeks());
    }

    @Test
    void a_cell_given_in_two_parts_is_added_up_and_an_empty_one_is_no_cell() {
        IsoWeek week = IsoWeek.parse("2026-W48");
        List<SurveyFigures> answers = List.of(Answers.in("2026-W48", "93", StructureKind.EI).activity(10).build(),
                Answers.in("2026-W48", "93", StructureKind.EI).activity(30).build());
        List<CellSums> halves = new ArrayList<>(sums(answers.subList(0, 1)));
        halves.addAll(sums(answers.subList(1, 2)));
        halves.add(new CellSums(week, "75", StructureKind.ACI, new long[101], 0, 0, 0, 0, 0, 0, 0, 0,
                new int[Need.values().length], new int[Obstacle.values().length]));

        ActivityCube cube = ActivityCube.ofSums(halves);

        assertThat(cube.cells()).isEqualTo(ActivityCube.of(answers).cells());
        assertThat(cube.cell(week, "75", null)).isEmpty();
        assertThatThrownBy(() -> new CellSums(week, "75", StructureKind.ACI, new long[100], 0, 0, 0, 0, 0, 0, 0, 0,
                new int[Need.values().length], new int[Obstacle.values().length]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** What a GROUP BY week, department, kind gives. */
    private static List<CellSums> sums(List<SurveyFigures> answers) {
        Map<List<Object>, List<SurveyFigures>> byCell = new LinkedHashMap<>();
        for (SurveyFigures answer : answers) {
            byCell.computeIfAbsent(List.of(answer.week(), answer.department(), answer.kind()), key -> new ArrayList<>())
                    .add(answer);
        }
        List<CellSums> cells = new ArrayList<>();
        byCell.forEach((key, in) -> {
            long[] levels = new long[101];
            int[] needs = new int[Need.values().length];
            int[] obstacles = new int[Obstacle.values().length];
            long loss = 0;
            long employees = 0;
            long working = 0;
            long shortTime = 0;
            long followed = 0;
            long inPerson = 0;
            long byPhone = 0;
            long byVideo = 0;
            for (SurveyFigures answer : in) {
                levels[answer.activityLevelPct()]++;
                loss += answer.revenueLossPct();
                employees += answer.insertion().employees();
                working += answer.insertion().working();
                shortTime += answer.insertion().shortTime();
                followed += answer.support().followed();
                inPerson += answer.support().inPerson();
                byPhone += answer.support().byPhone();
                byVideo += answer.support().byVideo();
                answer.needs().forEach(need -> needs[need.ordinal()]++);
                answer.support().obstacles().forEach(obstacle -> obstacles[obstacle.ordinal()]++);
            }
            cells.add(new CellSums((IsoWeek) key.get(0), (String) key.get(1), (StructureKind) key.get(2), levels, loss,
                    employees, working, shortTime, followed, inPerson, byPhone, byVideo, needs, obstacles));
        });
        return cells;
    }
}
