package fr.relanceiae.directory.members;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Role;
import fr.relanceiae.account.UserInput;
import fr.relanceiae.account.UserService;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.directory.profile.StructureService;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.paging.PageQuery;

/**
 * The members of a structure: the active siae users of its organisation, managed through
 * the account services. Removing one (or withdrawing an invitation) deactivates the account
 * and kills its open links; nothing is deleted, and adding the same address again gives the
 * access back.
 */
@ApplicationScoped
@Transactional
public class StructureMemberService {

    public record Added(StructureMember member, boolean created) {
    }

    private final UserService users;

    public StructureMemberService(UserService users) {
        this.users = users;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StructureMember> list(UUID structureId) {
        Structure structure = StructureService.require(structureId);
        return users.list(new PageQuery(0, PageQuery.MAX_SIZE, null), structure.organisation.id, Role.siae).items()
                .stream().filter(user -> user.active()).map(StructureMember::of).toList();
    }

    /**
     * Creates a siae user in the structure's organisation (with an invitation
     * e-mail), or attaches an existing siae user whose organisation has no
     * structure, who was removed from one, or who already is in this one (their access
     * given back if it was withdrawn). Anyone else is a conflict: another role, or an
     * active user acting for another structure.
     */
    public Added add(UUID structureId, MemberInput input) {
        Structure structure = StructureService.require(structureId);
        UUID organisationId = structure.organisation.id;
        AppUser existing = AppUser.findByEmail(input.email()).orElse(null);
        if (existing == null) {
            return new Added(StructureMember.of(users.create(
                    new UserInput(input.email(), input.displayName(), Role.siae, organisationId, true))), true);
        }
        if (existing.role != Role.siae) {
            // The caller may not know who holds the address: saying which kind of account it is would tell them.
            throw ProblemException.conflict("Cette adresse e-mail ne peut pas être utilisée pour un membre de la structure.");
        }
        boolean elsewhere = existing.active && !existing.organisation.id.equals(organisationId)
                && Structure.count("organisation.id", existing.organisation.id) > 0;
        if (elsewhere) {
            throw ProblemException.conflict("Cet utilisateur agit déjà pour une autre structure.");
        }
        users.moveToOrganisation(existing.id, organisationId);
        return new Added(StructureMember.of(users.restoreAccess(existing.id)), false);
    }

    /**
     * Removes a member, or withdraws an invitation not yet followed: the account is
     * deactivated, its sessions end and its links stop working; what it did stays. A structure
     * may be left without members (most structures of the directory have none).
     */
    public void remove(UUID structureId, UUID userId) {
        Structure structure = StructureService.require(structureId);
        AppUser member = AppUser.<AppUser>findByIdOptional(userId)
                .filter(user -> user.role == Role.siae && user.active
                        && user.organisation.id.equals(structure.organisation.id))
                .orElseThrow(() -> ProblemException.notFound("Cette personne n'est pas membre de la structure."));
        users.withdrawAccess(member.id);
    }
}
