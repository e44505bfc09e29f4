package fr.relanceiae.sourcing.request;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.Roles;

/**
 * Who sees a sourcing request and who may act on it. Seeing: a buyer its organisation's,
 * a facilitator every one, a partner those it created, a siae user those one of its
 * organisation's structures is solicited for. Whoever does not see a request gets a 404,
 * whoever sees it but may not act a 403.
 */
@RequestScoped
public class SourcingAccess {

    static final String NOT_FOUND = "Besoin introuvable.";

    private final CallerContext caller;
    private final EntityManager entityManager;

    public SourcingAccess(CallerContext caller, EntityManager entityManager) {
        this.caller = caller;
        this.entityManager = entityManager;
    }

    public boolean isFacilitator() {
        return caller.hasRole(Roles.FACILITATOR);
    }

    public boolean isBuyer() {
        return caller.hasRole(Roles.BUYER);
    }

    public boolean isPartner() {
        return caller.isPartnerClient();
    }

    public UUID organisationId() {
        return caller.organisationId();
    }

    public Optional<UUID> userId() {
        return caller.userId();
    }

    public Optional<String> clientId() {
        return caller.clientId();
    }

    /** The request if the caller sees it, else a 404 (it may as well not exist). */
    public SourcingRequest requireVisible(UUID id) {
        return requireVisible(id, LockModeType.NONE);
    }

    /** The same, its row locked as asked until the transaction ends. */
    public SourcingRequest requireVisible(UUID id, LockModeType lock) {
        SourcingRequest request = SourcingRequest.findById(id, lock);
        if (request == null || !sees(request)) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return request;
    }

    public boolean sees(SourcingRequest request) {
        if (isFacilitator()) {
            return true;
        }
        if (isBuyer()) {
            return request.buyerOrganisationId.equals(caller.organisationId());
        }
        if (isPartner()) {
            return isAuthorClient(request);
        }
        if (caller.hasRole(Roles.SIAE)) {
            return isSolicitedForOwnStructure(request.id);
        }
        return false;
    }

    /** Writing a draft (and its attachments): its buyer organisation, a facilitator, or the partner that created it. */
    public void requireEditor(SourcingRequest request) {
        if (!isFacilitator() && !isOwnBuyer(request) && !isAuthorClient(request)) {
            throw ProblemException.forbidden("Seuls l'acheteur, l'auteur de la demande ou un animateur peuvent la modifier.");
        }
    }

    /** Submitting: its buyer organisation, or the facilitator or partner that created it. */
    public void requireSubmitter(SourcingRequest request) {
        boolean authorFacilitator = isFacilitator() && request.authorUserId != null
                && caller.userId().map(request.authorUserId::equals).orElse(false);
        if (!isOwnBuyer(request) && !authorFacilitator && !isAuthorClient(request)) {
            throw ProblemException.forbidden("Seuls l'acheteur ou l'auteur de la demande peuvent la soumettre.");
        }
    }

    /** Closing, extending the deadline: its buyer organisation or a facilitator. */
    public void requireBuyerOrFacilitator(SourcingRequest request) {
        if (!isFacilitator() && !isOwnBuyer(request)) {
            throw ProblemException.forbidden("Seuls l'acheteur ou un animateur peuvent le faire.");
        }
    }

    private boolean isOwnBuyer(SourcingRequest request) {
        return isBuyer() && request.buyerOrganisationId.equals(caller.organisationId());
    }

    private boolean isAuthorClient(SourcingRequest request) {
        return isPartner() && request.authorClientId != null && caller.clientId().map(request.authorClientId::equals).orElse(false);
    }

    private boolean isSolicitedForOwnStructure(UUID requestId) {
        return !entityManager.createNativeQuery("select 1 from solicitation s join structure st on st.id = s.structure_id "
                + "where s.request_id = :request and s.removed_at is null and st.organisation_id = :organisation")
                .setParameter("request", requestId).setParameter("organisation", caller.organisationId())
                .setMaxResults(1).getResultList().isEmpty();
    }
}
