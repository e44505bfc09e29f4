package fr.relanceiae.directory.profile;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.Roles;

/**
 * Which structures the caller may act for (see, answer for, order for, diagnose): staff —
 * facilitators and admins — every one; a siae user those of its organisation. Whoever does not act
 * for a record's structure gets a 404, as if it did not exist. Each operation's roles say who may
 * call it at all; this says on which structures.
 */
@RequestScoped
public class CallerStructures {

    private final CallerContext caller;

    public CallerStructures(CallerContext caller) {
        this.caller = caller;
    }

    /** Facilitators and admins act for every structure; a siae user only for its organisation's. */
    public boolean actsForAll() {
        return caller.hasRole(Roles.FACILITATOR) || caller.hasRole(Roles.ADMIN);
    }

    public UUID organisationId() {
        return caller.organisationId();
    }

    public UUID userId() {
        return caller.requireUserId();
    }

    public boolean actsFor(Structure structure) {
        return actsForAll() || structure.organisation.id.equals(caller.organisationId());
    }

    /** The record, if it exists and the caller acts for its structure; else a 404 saying {@code notFound}. */
    public <T> T requireActsFor(T record, Function<T, Structure> structureOf, String notFound) {
        if (record == null || !actsFor(structureOf.apply(record))) {
            throw ProblemException.notFound(notFound);
        }
        return record;
    }

    /**
     * The structure a request acts for ({@link ActingStructure}): staff name any, a siae user one of
     * its organisation's active structures, or none when it has exactly one.
     */
    public Structure acting(UUID structureId, ActingStructure.Messages messages) {
        return ActingStructure.resolve(actsForAll(), actsForAll() ? null : caller.organisationId(), structureId,
                messages);
    }
}
