package fr.relanceiae.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.shared.persistence.UniqueKeys;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.paging.PageQuery;
import fr.relanceiae.shared.web.ETags;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Users as the admin manages them, and the current user. */
@ApplicationScoped
@Transactional
public class UserService {

    private static final String DUPLICATE_EMAIL = "Un utilisateur a déjà cette adresse e-mail.";

    private final PasswordService passwords;
    private final CurrentUsers currentUsers;

    public UserService(PasswordService passwords, CurrentUsers currentUsers) {
        this.passwords = passwords;
        this.currentUsers = currentUsers;
    }

    /** From the last few seconds' answers, else one query with the organisation joined. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CurrentUser current(UUID userId) {
        return currentUsers.get(userId, id -> AppUser.<AppUser>find(
                "from AppUser u join fetch u.organisation where u.id = ?1", id)
                .firstResultOptional().map(CurrentUser::of)
                .orElseThrow(() -> ProblemException.notFound("Utilisateur introuvable.")));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserPage list(PageQuery query, UUID organisationId, Role role) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (query.hasText()) {
            conditions.add("(lower(email) like :q escape '\\' or lower(displayName) like :q escape '\\')");
            parameters.and("q", query.containsPattern());
        }
        if (organisationId != null) {
            conditions.add("organisation.id = :organisationId");
            parameters.and("organisationId", organisationId);
        }
        if (role != null) {
            conditions.add("role = :role");
            parameters.and("role", role);
        }
        Sort sort = Sort.by("email").and("id");
        Page<AppUser> page = conditions.isEmpty()
                ? Page.fetch(AppUser.findAll(sort), query)
                : Page.fetch(AppUser.find(String.join(" and ", conditions), sort, parameters), query);
        return UserPage.of(page.map(UserView::of));
    }

    /** The facilitators who can sign in (user and organisation active), by name: whom work is assigned to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilitatorPage listActiveFacilitators(PageQuery query) {
        StringBuilder where = new StringBuilder("role = :role and active = true and organisation.active = true");
        Parameters parameters = Parameters.with("role", Role.facilitator);
        if (query.hasText()) {
            where.append(" and lower(displayName) like :q escape '\\'");
            parameters.and("q", query.containsPattern());
        }
        return FacilitatorPage.of(Page.fetch(AppUser.<AppUser>find(where.toString(),
                Sort.by("displayName").and("id"), parameters), query).map(FacilitatorPage.FacilitatorRef::of));
    }

    /** Creates the user without a password and e-mails them an invitation link. */
    public UserView create(UserInput input) {
        refusePartnerRole(input.role());
        String email = Emails.normalise(input.email());
        if (AppUser.emailTaken(email, null)) {
            throw ProblemException.conflict(DUPLICATE_EMAIL);
        }
        AppUser user = new AppUser();
        user.id = UUID.randomUUID();
        apply(user, input);
        user.persist();
        UniqueKeys.flushOrConflict(UniqueKeys.USER_EMAIL, DUPLICATE_EMAIL);
        passwords.invite(user);
        return UserView.of(user);
    }

    /**
     * Deactivating a user ends their sessions. The caller (an admin) may not deactivate
     * themselves nor give up their own admin role: no one could undo it from the app.
     */
    public UserView update(UUID id, String ifMatch, UserInput input, UUID callerId) {
        refusePartnerRole(input.role());
        AppUser user = require(id);
        ETags.check(ifMatch, user.version);
        if (id.equals(callerId)) {
            refuseLockingOneselfOut(user, input);
        }
        if (AppUser.emailTaken(input.email(), id)) {
            throw ProblemException.conflict(DUPLICATE_EMAIL);
        }
        boolean deactivated = user.active && !input.activeOrDefault();
        apply(user, input);
        currentUsers.forget(id);
        UniqueKeys.flushOrConflict(UniqueKeys.USER_EMAIL, DUPLICATE_EMAIL);
        if (deactivated) {
            RefreshToken.revokeAllOf(user, Instant.now());
        }
        return UserView.of(user);
    }

    /**
     * Moves a user to another organisation (e.g. the directory attaching a siae user
     * to a structure); their sessions end, since their tokens name the old one.
     */
    public UserView moveToOrganisation(UUID id, UUID organisationId) {
        AppUser user = require(id);
        currentUsers.forget(id);
        if (!user.organisation.id.equals(organisationId)) {
            user.organisation = OrganisationService.requireReferenced(organisationId);
            ETags.flush(AppUser.getEntityManager());
            RefreshToken.revokeAllOf(user, Instant.now());
        }
        return UserView.of(user);
    }

    /**
     * Takes a user's access away without deleting anything (the directory removing a member
     * of a structure, or withdrawing an invitation): deactivated, sessions ended, and the links
     * still open (invitation, reset) stop working.
     */
    public UserView withdrawAccess(UUID id) {
        AppUser user = require(id);
        Instant now = Instant.now();
        user.active = false;
        ETags.flush(AppUser.getEntityManager());
        RefreshToken.revokeAllOf(user, now);
        PasswordService.invalidateOpenLinks(user, now);
        return UserView.of(user);
    }

    /**
     * Gives access back to a user whose access was withdrawn (a member added again): active
     * again, and a new invitation when they never set a password (the old link stays dead).
     */
    public UserView restoreAccess(UUID id) {
        AppUser user = require(id);
        if (!user.active) {
            user.active = true;
            ETags.flush(AppUser.getEntityManager());
            if (user.passwordHash == null) {
                passwords.invite(user);
            }
        }
        return UserView.of(user);
    }

    public void resendInvitation(UUID id) {
        AppUser user = require(id);
        if (!user.canSignIn()) {
            throw ProblemException.conflict("Le compte ou son organisation est désactivé.");
        }
        passwords.invite(user);
    }

    private static void apply(AppUser user, UserInput input) {
        user.email = Emails.normalise(input.email());
        user.displayName = input.displayName().trim();
        user.role = input.role();
        user.organisation = OrganisationService.requireReferenced(input.organisationId());
        user.active = input.activeOrDefault();
    }

    private static void refuseLockingOneselfOut(AppUser self, UserInput input) {
        if (!input.activeOrDefault()) {
            throw ProblemException.conflictOnField("active", "Vous ne pouvez pas désactiver votre propre compte : "
                    + "demandez-le à un autre administrateur.");
        }
        if (self.role == Role.admin && input.role() != Role.admin) {
            throw ProblemException.conflictOnField("role", "Vous ne pouvez pas retirer votre propre rôle d'administrateur : "
                    + "demandez-le à un autre administrateur.");
        }
    }

    private static void refusePartnerRole(Role role) {
        if (role == Role.partner) {
            throw ProblemException.invalidField("role", "Le rôle « partenaire » est réservé aux clients de l'API.");
        }
    }

    private static AppUser require(UUID id) {
        return AppUser.<AppUser>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Utilisateur introuvable."));
    }
}
