package fr.relanceiae.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes login attempts and tokens nobody can use any more. Idempotent, so
 * every replica may run it.
 */
@ApplicationScoped
public class AccountPurgeJob {

    /** Kept a day past their use for investigating incidents. */
    static final Duration RETENTION = Duration.ofDays(1);

    private final AuthConfig config;

    public AccountPurgeJob(AuthConfig config) {
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void purge() {
        Instant now = Instant.now();
        Duration attemptsKept = config.failedLoginWindow().compareTo(RETENTION) > 0 ? config.failedLoginWindow() : RETENTION;
        LoginAttempt.delete("attemptedAt < ?1", now.minus(attemptsKept));
        // Rotated tokens stay until they expire: presenting one must still revoke its family.
        RefreshToken.delete("expiresAt < ?1", now.minus(RETENTION));
        PasswordToken.delete("expiresAt < ?1 or usedAt < ?1", now.minus(RETENTION));
    }
}
