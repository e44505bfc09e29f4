package fr.relanceiae.shared.audit;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.relanceiae.shared.security.CallerContext;

/**
 * Writes who read which confidential record: one row per record, the records of a list page in
 * one statement. In the transaction of the read when there is one, so that a read that fails
 * leaves no trace and one that succeeds always does.
 */
@ApplicationScoped
public class AuditLog {

    private final CallerContext caller;
    private final EntityManager entityManager;

    public AuditLog(CallerContext caller, EntityManager entityManager) {
        this.caller = caller;
        this.entityManager = entityManager;
    }

    /** The caller read these records (nothing is written for none). */
    @Transactional
    public void recordReads(AuditAction action, String recordType, Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return;
        }
        String ids = recordIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        entityManager.createNativeQuery("insert into audit_event (at, actor_user_id, actor_role, action, record_type, "
                + "record_id) select now(), :actor, :role, :action, :type, id from unnest(cast(:ids as uuid[])) id")
                .setParameter("actor", caller.requireUserId())
                .setParameter("role", caller.role())
                .setParameter("action", action.name())
                .setParameter("type", recordType)
                .setParameter("ids", ids)
                .executeUpdate();
    }
}
