package fr.relanceiae.directory.profile;

import java.util.List;
import java.util.UUID;

import fr.relanceiae.shared.error.ProblemException;

/**
 * The structure a request acts for (an order, a survey answer): staff name any structure; a siae
 * user one of its organisation's active structures, or none when it has exactly one. A wrong or
 * missing choice is a 400 on {@code structureId}, in the words of the action.
 */
public final class ActingStructure {

    static final String FIELD = "structureId";

    /**
     * What to say, in French, when staff name no structure, when the organisation has no active
     * structure, and when it has several and none was named.
     */
    public record Messages(String staffMustChoose, String noneActive, String chooseAmongSeveral) {
    }

    private ActingStructure() {
    }

    /**
     * @param anyStructure   whether the caller may act for any structure (staff)
     * @param organisationId the caller's organisation (a siae user's)
     */
    public static Structure resolve(boolean anyStructure, UUID organisationId, UUID structureId, Messages messages) {
        if (anyStructure) {
            if (structureId == null) {
                throw ProblemException.invalidField(FIELD, messages.staffMustChoose());
            }
            Structure structure = Structure.findById(structureId);
            if (structure == null) {
                throw ProblemException.invalidField(FIELD, "Structure introuvable.");
            }
            return structure;
        }
        List<Structure> own = Structure.list("organisation.id = ?1 and active = true order by name", organisationId);
        if (structureId == null) {
            if (own.size() == 1) {
                return own.get(0);
            }
            throw ProblemException.invalidField(FIELD, own.isEmpty() ? messages.noneActive()
                    : messages.chooseAmongSeveral());
        }
        return own.stream().filter(structure -> structure.id.equals(structureId)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField(FIELD, "Choisissez une de vos structures."));
    }
}
