package fr.relanceiae.barometer.survey;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import fr.relanceiae.directory.profile.ActingStructure;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.Roles;

/**
 * Who sees and answers which structure's surveys: a facilitator or an admin every one, a siae user
 * those of its organisation's structures. Whoever does not see an answer gets a 404.
 */
@RequestScoped
public class SurveyAccess {

    static final String NOT_FOUND = "Réponse introuvable.";
    private static final ActingStructure.Messages ANSWERING = new ActingStructure.Messages(
            "Choisissez la structure qui répond.", "Votre organisation n'a aucune structure active.",
            "Choisissez pour laquelle de vos structures vous répondez.");

    private final CallerContext caller;

    public SurveyAccess(CallerContext caller) {
        this.caller = caller;
    }

    /** Facilitators and admins see every structure's answers. */
    public boolean seesAll() {
        return caller.hasRole(Roles.FACILITATOR) || caller.hasRole(Roles.ADMIN);
    }

    public boolean isFacilitator() {
        return caller.hasRole(Roles.FACILITATOR);
    }

    public UUID organisationId() {
        return caller.organisationId();
    }

    public UUID userId() {
        return caller.requireUserId();
    }

    public ActivitySurvey requireVisible(UUID id) {
        ActivitySurvey survey = ActivitySurvey.findById(id);
        if (survey == null || !(seesAll() || survey.structure.organisation.id.equals(caller.organisationId()))) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return survey;
    }

    /**
     * The structure the caller answers for: a facilitator names any (active or not: a phone survey
     * may catch up); a siae user one of its organisation's active structures, or none when it has
     * exactly one ({@link ActingStructure}).
     */
    public Structure answeringStructure(UUID structureId) {
        return ActingStructure.resolve(seesAll(), seesAll() ? null : caller.organisationId(), structureId, ANSWERING);
    }
}
