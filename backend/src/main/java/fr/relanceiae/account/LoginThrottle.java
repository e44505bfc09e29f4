package fr.relanceiae.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.shared.error.ProblemException;

/**
 * Failed logins per normalised e-mail in a sliding window, counted in
 * PostgreSQL so the limit holds across replicas.
 *
 * <p>Chosen rules: a successful login does not wipe earlier failures, they
 * age out of the window (one rule, easy to explain: "10 failures in 15
 * minutes"); so after ten wrong guesses by someone else the owner waits too,
 * at most one window. Refused (throttled) attempts are not recorded, so the
 * lock-out ends when the window frees whatever a guesser keeps sending.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LoginThrottle {

    private final AuthConfig config;

    public LoginThrottle(AuthConfig config) {
        this.config = config;
    }

    /**
     * Serialises the attempts on one e-mail until the transaction ends, so that
     * concurrent guesses cannot all pass the check before any failure is recorded.
     */
    public void lock(String email) {
        LoginAttempt.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .setParameter("key", "login:" + email)
                .getSingleResult();
    }

    public void refuseWhenThrottled(String email, Instant now) {
        Duration window = config.failedLoginWindow();
        int max = config.maxFailedLogins();
        List<Instant> failures = LoginAttempt.getEntityManager()
                .createQuery("select a.attemptedAt from LoginAttempt a where a.email = :email and a.succeeded = false "
                        + "and a.attemptedAt > :since order by a.attemptedAt desc", Instant.class)
                .setParameter("email", email)
                .setParameter("since", now.minus(window))
                .setMaxResults(max)
                .getResultList();
        if (failures.size() >= max) {
            // The oldest of the last `max` failures must leave the window before one more attempt is allowed.
            Instant freesAt = failures.get(max - 1).plus(window);
            long seconds = Math.max(1, Duration.between(now, freesAt).toSeconds() + 1);
            throw ProblemException.tooManyRequests(
                    "Trop de tentatives de connexion pour ce compte. Réessayez dans " + FailureLimits.retryDelay(seconds) + ".",
                    seconds);
        }
    }

    public void record(String email, boolean succeeded, Instant now) {
        LoginAttempt attempt = new LoginAttempt();
        attempt.email = email;
        attempt.succeeded = succeeded;
        attempt.attemptedAt = now;
        attempt.persist();
    }
}
