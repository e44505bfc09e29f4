package fr.relanceiae.barometer.survey;

import java.util.ArrayList;
import java.util.List;

import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.indicators.Obstacle;
import fr.relanceiae.shared.error.FieldError;

/**
 * The answer fields of a weekly survey, shared by the answer alone ({@link ActivitySurveyAnswers},
 * the personal link) and the answer with its structure and week ({@link ActivitySurveyInput}), so
 * that the consistency rules are written once.
 */
public interface SurveyAnswerFields {

    /** Counts are bounded so that the figures summed over 200,000 answers stay far from overflow. */
    int MAX_COUNT = 100_000;
    int MAX_NEEDS_TEXT = 2000;

    Integer activityLevelPct();

    Integer revenueLossPct();

    Integer insertionEmployees();

    Integer insertionWorking();

    Integer insertionShortTime();

    Integer peopleFollowed();

    Integer followedInPerson();

    Integer followedByPhone();

    Integer followedByVideo();

    List<Obstacle> obstacles();

    List<Need> needs();

    String needsText();

    /**
     * What Bean Validation cannot check field by field: employees working and on short-time work
     * within the employees in insertion, each way of following within the people followed. Each
     * error names the field to correct (the part, not the total). Fields missing are left to Bean
     * Validation.
     */
    default List<FieldError> inconsistencies() {
        List<FieldError> errors = new ArrayList<>();
        if (insertionEmployees() != null && insertionWorking() != null && insertionShortTime() != null
                && insertionWorking() + insertionShortTime() > insertionEmployees()) {
            String message = "Salariés au travail (" + insertionWorking() + ") et en activité partielle ("
                    + insertionShortTime() + ") : " + (insertionWorking() + insertionShortTime())
                    + ", plus que les " + insertionEmployees() + " salariés en insertion.";
            errors.add(new FieldError("insertionWorking", message));
            errors.add(new FieldError("insertionShortTime", message));
        }
        if (peopleFollowed() != null) {
            byMode(errors, "followedInPerson", "en présentiel", followedInPerson());
            byMode(errors, "followedByPhone", "par téléphone", followedByPhone());
            byMode(errors, "followedByVideo", "en visio", followedByVideo());
        }
        return errors;
    }

    private void byMode(List<FieldError> errors, String field, String mode, Integer followed) {
        if (followed != null && followed > peopleFollowed()) {
            errors.add(new FieldError(field, "Personnes suivies " + mode + " (" + followed
                    + ") : pas plus que les " + peopleFollowed() + " personnes suivies cette semaine."));
        }
    }
}
