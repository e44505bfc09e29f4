package fr.relanceiae.shared.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.shared.error.FieldError;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.security.CallerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Creating requests made safe to retry with an {@code Idempotency-Key} header: a resource
 * method declares {@code @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey}
 * (which also documents it in the contract, see {@code IdempotencyKeyFilter}) and wraps its work:
 *
 * <pre>{@code
 * return idempotent.run(idempotencyKey, "POST /sourcing-requests", input, () -> service.create(input));
 * }</pre>
 *
 * <p>Without a key the action simply runs (in a transaction of its own, as with one). With one, for the same caller and operation:
 * the first request runs the action; a retry with the same body gets the first response again
 * (status, headers, JSON body, plus {@code Idempotency-Replayed: true}); another body with the
 * same key is a 422; a duplicate while the first still runs is a 409. Keys are kept in
 * PostgreSQL ({@code idempotency_key}, V22) for 24 hours, so this holds across replicas.
 *
 * <p>The action runs in a transaction of its own, which also records the response: a kept
 * response always goes with a committed action. Call {@code run} outside any transaction
 * (a resource method, not a {@code @Transactional} one): the services the action calls join
 * its transaction. An action that throws, or answers 5xx, leaves no key: the client may retry.
 * Only JSON bodies are kept (the app's ObjectMapper writes them, once, for the first answer
 * and for every replay alike).
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on a replayed response. */
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    public static final int MAX_KEY_LENGTH = 255;
    /** The contract's pattern of a key: printable ASCII. */
    public static final String KEY_PATTERN = "^[\\x20-\\x7E]{1,255}$";
    /** How long a key is kept (at least: the hourly purge deletes older ones). */
    public static final Duration RETENTION = Duration.ofHours(24);
    /**
     * After this, a key still in flight is taken to belong to a replica that stopped and may be
     * claimed again: far beyond the transaction timeout, after which its action cannot commit.
     */
    static final Duration LEASE = Duration.ofMinutes(10);
    static final int MAX_OPERATION_LENGTH = 200;
    private static final int CLAIM_TRIES = 3;

    private final IdempotencyKeyStore store;
    private final CallerContext caller;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;

    public IdempotentRequests(IdempotencyKeyStore store, CallerContext caller, ObjectMapper objectMapper,
            TransactionSynchronizationRegistry transactions) {
        this.store = store;
        this.caller = caller;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
    }

    /**
     * Runs {@code action} once per key.
     *
     * @param idempotencyKey the header's value; {@code null} (no header, or an empty one): no idempotency,
     *        the action runs (in its own transaction all the same)
     * @param operation what is created, with its path parameters when it has some
     *        ({@code "POST /sourcing-requests/" + id + "/attachments"}): a key is the caller's for one operation
     * @param request the request body as received (compared by the SHA-256 of its canonical JSON)
     * @param action creates and answers; it runs in a transaction of its own
     */
    public <T> RestResponse<T> run(String idempotencyKey, String operation, Object request,
            Supplier<RestResponse<T>> action) {
        if (transactions.getTransactionKey() != null) {
            throw new IllegalStateException("Idempotent requests run outside transactions: their action gets its own");
        }
        if (idempotencyKey == null) {
            return QuarkusTransaction.requiringNew().call(action::get);
        }
        checkKey(idempotencyKey);
        if (operation == null || operation.isBlank() || operation.length() > MAX_OPERATION_LENGTH) {
            throw new IllegalArgumentException("An operation of 1 to " + MAX_OPERATION_LENGTH + " characters is needed");
        }
        IdempotencyKeyStore.Key key = new IdempotencyKeyStore.Key(callerId(), operation, idempotencyKey);
        String requestHash = CanonicalJson.sha256(objectMapper, request);
        for (int tries = 0; tries < CLAIM_TRIES; tries++) {
            IdempotencyKeyStore.Claim claim = store.claim(key, requestHash, LEASE);
            if (claim.claimId() != null) {
                return perform(key, claim, action);
            }
            if (claim.existing() != null) {
                return answerDuplicate(claim.existing(), requestHash);
            }
            // Released by a failed first attempt between our insert and our read: claim again.
        }
        throw inFlight();
    }

    /** Deletes the keys older than {@link #RETENTION}, and answers how many; every replica may run it. */
    public int purgeExpired() {
        return store.purgeOlderThan(RETENTION);
    }

    @Scheduled(every = "1h", delayed = "9m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeEveryHour() {
        purgeExpired();
    }

    private <T> RestResponse<T> perform(IdempotencyKeyStore.Key key, IdempotencyKeyStore.Claim claim,
            Supplier<RestResponse<T>> action) {
        StoredResponse response;
        try {
            response = QuarkusTransaction.requiringNew().call(() -> {
                StoredResponse answered = StoredResponse.of(action.get(), objectMapper);
                if (!answered.isServerError()) {
                    store.complete(key, claim.claimId(), answered);
                }
                return answered;
            });
        } catch (RuntimeException | Error e) {
            store.release(key, claim.claimId());
            throw e;
        }
        if (response.isServerError()) {
            store.release(key, claim.claimId());
        }
        return response.toRestResponse(false);
    }

    private <T> RestResponse<T> answerDuplicate(IdempotencyKeyStore.Existing existing, String requestHash) {
        if (!existing.requestHash().equals(requestHash)) {
            String message = "Cette clé a déjà servi pour une autre requête : utilisez une nouvelle clé pour une nouvelle demande.";
            throw new ProblemException(ProblemType.UNPROCESSABLE, message, List.of(new FieldError(HEADER, message)),
                    Map.of());
        }
        if (existing.response() == null) {
            throw inFlight();
        }
        return existing.response().toRestResponse(true);
    }

    private static ProblemException inFlight() {
        return new ProblemException(ProblemType.CONFLICT,
                "Une requête avec la même clé est encore en cours de traitement : réessayez dans quelques secondes.",
                List.of(), Map.of("Retry-After", "1"));
    }

    static void checkKey(String key) {
        boolean valid = !key.isBlank() && key.length() <= MAX_KEY_LENGTH
                && key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
        if (!valid) {
            throw ProblemException.invalidField(HEADER, "La clé doit compter de 1 à " + MAX_KEY_LENGTH
                    + " caractères ASCII imprimables (lettres sans accent, chiffres, ponctuation).");
        }
    }

    private String callerId() {
        if (!caller.isAuthenticated()) {
            throw new IllegalStateException("Idempotent requests need an authenticated caller");
        }
        return caller.clientId().map(client -> "client:" + client)
                .orElseGet(() -> "user:" + caller.requireUserId());
    }
}
