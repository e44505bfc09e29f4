package fr.relanceiae.financing.diagnostic;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.Roles;

/**
 * Who sees a diagnostic: its structure's users (the siae users of the structure's organisation),
 * facilitators and admins. Anyone else gets a 404, as if it did not exist. Reads by anyone but the
 * structure's users are audited ({@link #isStructureUser()} false).
 */
@RequestScoped
public class DiagnosticAccess {

    static final String NOT_FOUND = "Diagnostic introuvable.";

    private final CallerContext caller;

    public DiagnosticAccess(CallerContext caller) {
        this.caller = caller;
    }

    /** A siae user: sees only its organisation's structures' diagnostics, and is not audited for them. */
    public boolean isStructureUser() {
        return caller.hasRole(Roles.SIAE);
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

    public FinancingDiagnostic requireVisible(UUID id) {
        return requireVisible(id, LockModeType.NONE);
    }

    /** The diagnostic if the caller sees it, its row locked as asked until the transaction ends; else a 404. */
    public FinancingDiagnostic requireVisible(UUID id, LockModeType lock) {
        FinancingDiagnostic diagnostic = FinancingDiagnostic.findById(id, lock);
        if (diagnostic == null || !sees(diagnostic)) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return diagnostic;
    }

    boolean sees(FinancingDiagnostic diagnostic) {
        return !isStructureUser() || diagnostic.structure.organisation.id.equals(caller.organisationId());
    }
}
