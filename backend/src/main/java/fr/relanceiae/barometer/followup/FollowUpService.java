package fr.relanceiae.barometer.followup;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Role;
import fr.relanceiae.barometer.followup.FollowUpViews.ActionView;
import fr.relanceiae.barometer.followup.FollowUpViews.FollowUpPage;
import fr.relanceiae.barometer.followup.FollowUpViews.FollowUpView;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.web.ETags;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** The facilitators' follow-ups of declared needs: listed with what to do next, assigned, noted, closed. */
@ApplicationScoped
public class FollowUpService {

    static final String NOT_FOUND = "Suivi introuvable.";
    static final String ASSIGNEE_ME = "me";
    static final String ASSIGNEE_NONE = "none";

    private final CallerContext caller;

    public FollowUpService(CallerContext caller) {
        this.caller = caller;
    }

    public FollowUpPage list(FollowUpQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (query.status != null) {
            where.append(" and status = :status");
            parameters.and("status", query.status);
        }
        if (query.need != null) {
            where.append(" and need = :need");
            parameters.and("need", query.need);
        }
        if (query.department != null && !query.department.isBlank()) {
            where.append(" and structure.department = :department");
            parameters.and("department", query.department.strip().toUpperCase());
        }
        if (query.assignee != null && !query.assignee.isBlank()) {
            String assignee = query.assignee.strip();
            if (assignee.equals(ASSIGNEE_NONE)) {
                where.append(" and assignee is null");
            } else {
                where.append(" and assignee.id = :assignee");
                parameters.and("assignee", assignee.equals(ASSIGNEE_ME) ? caller.requireUserId() : assigneeId(assignee));
            }
        }
        Page<FollowUpView> page = Page.fetch(FollowUp.<FollowUp>find(where.toString(),
                Sort.by("createdAt", Sort.Direction.Descending).and("id"), parameters), query)
                .map(FollowUpService::view);
        return new FollowUpPage(page.items(), page.page(), page.size(), page.totalItems());
    }

    @Transactional
    public FollowUpView update(UUID id, String ifMatch, FollowUpUpdate update) {
        FollowUp followUp = FollowUp.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (followUp == null) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        ETags.check(ifMatch, followUp.version);
        AppUser assignee = null;
        if (update.assigneeUserId() != null) {
            assignee = AppUser.findById(update.assigneeUserId());
            if (assignee == null || !assignee.active || !Set.of(Role.facilitator, Role.admin).contains(assignee.role)) {
                throw ProblemException.invalidField("assigneeUserId",
                        "Choisissez un animateur ou un administrateur actif.");
            }
        }
        if (followUp.status == FollowUpStatus.DONE && update.status() != FollowUpStatus.DONE
                && FollowUp.count("structure.id = ?1 and need = ?2 and status <> ?3 and id <> ?4",
                        followUp.structure.id, followUp.need, FollowUpStatus.DONE, followUp.id) > 0) {
            throw ProblemException.conflict("Un autre suivi de ce besoin est ouvert pour cette structure : "
                    + "reprenez celui-là.");
        }
        followUp.status = update.status();
        followUp.assignee = assignee;
        followUp.note = update.note() == null || update.note().isBlank() ? null : update.note().strip();
        ETags.flush(FollowUp.getEntityManager());
        return view(followUp);
    }

    private static UUID assigneeId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("assignee", "« me », « none » ou l'identifiant d'un utilisateur.");
        }
    }

    static FollowUpView view(FollowUp followUp) {
        return new FollowUpView(followUp.id, followUp.structure.id, followUp.structure.name,
                followUp.structure.department, followUp.need, followUp.needsText, followUp.status,
                followUp.assignee == null ? null : followUp.assignee.id,
                followUp.assignee == null ? null : followUp.assignee.displayName, followUp.note, followUp.survey.week,
                followUp.survey.id, followUp.diagnosticId, action(followUp), followUp.createdAt, followUp.updatedAt,
                followUp.version);
    }

    /** What to do for the need, and where in the web app. */
    static ActionView action(FollowUp followUp) {
        UUID structure = followUp.structure.id;
        return switch (followUp.need) {
            case SUPPLIES -> new ActionView(FollowUpActionKind.ORDER_LINK, "Commander des fournitures pour la structure",
                    "/fournitures/commander?structure=" + structure);
            case CUSTOMERS -> new ActionView(FollowUpActionKind.SOURCING_INVITATION,
                    "Proposer la structure à un acheteur (nouveau besoin)", "/besoins/nouveau?structure=" + structure);
            case FINANCING -> followUp.diagnosticId == null
                    ? new ActionView(FollowUpActionKind.DIAGNOSTIC, "Voir les diagnostics financiers", "/diagnostics")
                    : new ActionView(FollowUpActionKind.DIAGNOSTIC, "Ouvrir le diagnostic financier",
                            "/diagnostics/" + followUp.diagnosticId);
            case STAFFING -> new ActionView(FollowUpActionKind.CALL, "Appeler la structure", "/annuaire/" + structure);
        };
    }

}
