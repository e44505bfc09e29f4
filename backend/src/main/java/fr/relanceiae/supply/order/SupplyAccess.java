package fr.relanceiae.supply.order;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.Roles;

/**
 * Who sees an order: a facilitator every one, a siae user those of its organisation's structures.
 * Whoever does not see an order gets a 404 (it may as well not exist).
 */
@RequestScoped
public class SupplyAccess {

    static final String NOT_FOUND = "Commande introuvable.";

    private final CallerContext caller;

    public SupplyAccess(CallerContext caller) {
        this.caller = caller;
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

    public SupplyOrder requireVisible(UUID id) {
        return requireVisible(id, LockModeType.NONE);
    }

    /** The order if the caller sees it, its row locked as asked until the transaction ends; else a 404. */
    public SupplyOrder requireVisible(UUID id, LockModeType lock) {
        SupplyOrder order = SupplyOrder.findById(id, lock);
        if (order == null || !sees(order)) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return order;
    }

    boolean sees(SupplyOrder order) {
        return isFacilitator() || order.structure.organisation.id.equals(caller.organisationId());
    }
}
