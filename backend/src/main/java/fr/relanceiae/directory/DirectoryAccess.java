package fr.relanceiae.directory;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.persistence.VersionedEntity;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.PartnerScope;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ETags;

/**
 * Who may edit a structure, who sees its confidential fields and who sees it at all once deactivated: its own
 * users, facilitators and admins. Who sees its contact details: anyone signed in ({@link #seesContacts()}).
 */
@RequestScoped
public class DirectoryAccess {

    private final CallerContext caller;

    public DirectoryAccess(CallerContext caller) {
        this.caller = caller;
    }

    public boolean isStaff() {
        return caller.hasRole(Roles.FACILITATOR) || caller.hasRole(Roles.ADMIN);
    }

    public UUID callerOrganisationId() {
        return caller.organisationId();
    }

    public boolean isOwnUser(Structure structure) {
        return caller.hasRole(Roles.SIAE) && structure.organisation.id.equals(caller.organisationId());
    }

    public boolean seesConfidential(Structure structure) {
        return isStaff() || isOwnUser(structure);
    }

    /**
     * Whether the caller sees a structure's e-mail and phone: anyone signed in, and partners holding
     * {@code directory:read}. Anonymous visitors and partners without that scope get the public view
     * (the directory is open to them, its contact details are not).
     */
    public boolean seesContacts() {
        if (!caller.isAuthenticated()) {
            return false;
        }
        return !caller.isPartnerClient() || caller.scopes().contains(PartnerScope.DIRECTORY_READ.value());
    }

    /** A deactivated structure is out of the directory: only its own users, facilitators and admins still see it. */
    public boolean sees(Structure structure) {
        return structure.active || seesConfidential(structure);
    }

    public void requireEditor(Structure structure) {
        if (!isStaff() && !isOwnUser(structure)) {
            throw ProblemException.forbidden("Vous ne pouvez modifier que les structures de votre organisation.");
        }
    }

    /**
     * The check of every change to what already exists (the structure, one of its activities or
     * offers): the caller may edit the structure (403), then names the version it read in If-Match
     * (428 without it, 412 when another write came first).
     */
    public void requireEditor(Structure structure, String ifMatch, VersionedEntity changed) {
        requireEditor(structure);
        ETags.check(ifMatch, changed.version);
    }
}
