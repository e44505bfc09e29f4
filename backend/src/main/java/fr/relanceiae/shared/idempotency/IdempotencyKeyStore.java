package fr.relanceiae.shared.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The rows of {@code idempotency_key} (V22); claims, releases and the purge commit at once. */
@ApplicationScoped
class IdempotencyKeyStore {

    record Key(String caller, String operation, String value) {
    }

    /** A key already there: the hash of its request, and its response once completed. */
    record Existing(String requestHash, StoredResponse response) {
    }

    /** Either this request now holds the key ({@code claimId}), or another did ({@code existing}), or neither. */
    record Claim(UUID claimId, Existing existing) {
    }

    private static final String WHERE_KEY = " where caller = :caller and operation = :operation and idempotency_key = :key";

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    IdempotencyKeyStore(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * Inserts the key IN_FLIGHT, or takes over one in flight for longer than {@code lease}
     * (its replica stopped), or else reads it. Committed before answering, so that concurrent
     * duplicates see it.
     */
    Claim claim(Key key, String requestHash, Duration lease) {
        UUID claimId = UUID.randomUUID();
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = bind(entityManager.createNativeQuery("insert into idempotency_key"
                    + " (caller, operation, idempotency_key, request_hash, claim_id, status)"
                    + " values (:caller, :operation, :key, :hash, :claim, 'IN_FLIGHT') on conflict do nothing"), key)
                    .setParameter("hash", requestHash).setParameter("claim", claimId).executeUpdate();
            if (inserted == 1) {
                return new Claim(claimId, null);
            }
            int takenOver = bind(entityManager.createNativeQuery("update idempotency_key set request_hash = :hash,"
                    + " claim_id = :claim, claimed_at = now()" + WHERE_KEY
                    + " and status = 'IN_FLIGHT' and claimed_at < now() - make_interval(secs => :lease)"), key)
                    .setParameter("hash", requestHash).setParameter("claim", claimId)
                    .setParameter("lease", (double) lease.toSeconds()).executeUpdate();
            if (takenOver == 1) {
                return new Claim(claimId, null);
            }
            List<?> rows = bind(entityManager.createNativeQuery("select request_hash, response_status,"
                    + " response_headers::text, response_body from idempotency_key" + WHERE_KEY), key).getResultList();
            if (rows.isEmpty()) {
                return new Claim(null, null);
            }
            Object[] row = (Object[]) rows.get(0);
            StoredResponse response = row[1] == null ? null
                    : StoredResponse.read(((Number) row[1]).intValue(), (String) row[2], (String) row[3], objectMapper);
            return new Claim(null, new Existing((String) row[0], response));
        });
    }

    /** Records the response, in the action's transaction; fails if the claim was taken over meanwhile. */
    void complete(Key key, UUID claimId, StoredResponse response) {
        int updated = bind(entityManager.createNativeQuery("update idempotency_key set status = 'COMPLETED',"
                + " response_status = :status, response_headers = cast(:headers as jsonb), response_body = :body"
                + WHERE_KEY + " and claim_id = :claim and status = 'IN_FLIGHT'"), key)
                .setParameter("status", response.status())
                .setParameter("headers", response.headersJson(objectMapper))
                .setParameter("body", new TypedParameterValue<>(StandardBasicTypes.STRING, response.body()))
                .setParameter("claim", claimId).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("The idempotency key was claimed again while its action ran");
        }
    }

    /** Deletes this claim (its action failed), so that the client may try again with the same key. */
    void release(Key key, UUID claimId) {
        QuarkusTransaction.requiringNew().run(() -> bind(entityManager.createNativeQuery(
                "delete from idempotency_key" + WHERE_KEY + " and claim_id = :claim"), key)
                .setParameter("claim", claimId).executeUpdate());
    }

    int purgeOlderThan(Duration age) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "delete from idempotency_key where created_at < now() - make_interval(secs => :age)")
                .setParameter("age", (double) age.toSeconds()).executeUpdate());
    }

    private static Query bind(Query query, Key key) {
        return query.setParameter("caller", key.caller()).setParameter("operation", key.operation())
                .setParameter("key", key.value());
    }
}
