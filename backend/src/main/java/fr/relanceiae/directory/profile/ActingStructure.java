package fr.relanceiae.directory.profile;

import java.util.List;
import java.util.UUID;

import fr.relanceiae.shared.error.ProblemException;

/**
 * The structure a request acts for (an order, a diagnostic…): for a siae user, one of its
 * organisation's active structures — the only one when it names none, else the one it names; for
 * the staff, any structure, which it must name. Every refusal is a 400 on {@code structureId},
 * worded for what is being done.
 */
public final class ActingStructure {

    static final String FIELD = "structureId";

    /**
     * What the refusals say.
     *
     * @param unnamed     the staff named no structure (« Choisissez la structure qui commande. »)
     * @param noneActive  the siae user's organisation has no active structure
     * @param whichOne    it has several and the user named none
     */
    public record Wording(String unnamed, String noneActive, String whichOne) {
    }

    private ActingStructure() {
    }

    /**
     * @param structureId    the structure named in the request, or null
     * @param anyStructure   whether the caller may act for any structure (facilitators)
     * @param organisationId the siae caller's organisation (unused for the staff)
     */
    public static Structure of(UUID structureId, boolean anyStructure, UUID organisationId, Wording wording) {
        if (anyStructure) {
            if (structureId == null) {
                throw ProblemException.invalidField(FIELD, wording.unnamed());
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
            throw ProblemException.invalidField(FIELD, own.isEmpty() ? wording.noneActive() : wording.whichOne());
        }
        return own.stream().filter(structure -> structure.id.equals(structureId)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField(FIELD, "Choisissez une de vos structures."));
    }
}
