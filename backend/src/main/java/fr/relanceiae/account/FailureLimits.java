package fr.relanceiae.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;

/**
 * Limits on failed attempts, counted per bucket in PostgreSQL ({@link RateLimitCounters}):
 * logins per address across accounts (password spraying; the per-account limit is
 * {@link LoginThrottle}), client authentications at the token endpoint per client id and
 * per address, current-password checks per user, and unknown or dead password links
 * (checked or used) per address, so that links cannot be guessed by trying.
 *
 * <p>An attempt counts in each of its buckets while it runs and stays counted only if it
 * fails, so concurrent attempts cannot overshoot a limit. Once a bucket holds its maximum,
 * attempts are refused, without being run, until its window ends. Called outside
 * transactions: the attempt opens its own.
 */
@ApplicationScoped
public class FailureLimits {

    private record Limit(String bucket, int max, Duration window) {
    }

    private final RateLimitConfig config;
    private final RateLimitCounters counters;

    public FailureLimits(RateLimitConfig config, RateLimitCounters counters) {
        this.config = config;
        this.counters = counters;
    }

    /** A login from this address; wrong credentials count as a failure. */
    public <T> T login(String address, Supplier<T> login) {
        return attempt(List.of(new Limit("login-address:" + address, config.loginFailuresPerAddress(),
                config.loginFailureWindow())),
                login,
                e -> e instanceof ProblemException problem && problem.type() == ProblemType.INVALID_CREDENTIALS,
                seconds -> ProblemException.tooManyRequests("Trop de tentatives de connexion depuis votre adresse. "
                        + "Réessayez dans " + retryDelay(seconds) + ".", seconds));
    }

    /** A client authentication at the token endpoint; {@code invalid_client} counts as a failure. */
    public <T> T clientAuthentication(String clientId, String address, Supplier<T> authentication) {
        Duration window = config.clientAuthenticationFailureWindow();
        return attempt(List.of(
                new Limit("token-client:" + bucketSafe(clientId), config.clientAuthenticationFailuresPerClient(), window),
                new Limit("token-address:" + address, config.clientAuthenticationFailuresPerAddress(), window)),
                authentication,
                e -> e instanceof OAuthException oauth && OAuthException.INVALID_CLIENT.equals(oauth.error()),
                seconds -> OAuthException.slowDown("Too many failed client authentications; retry in " + seconds
                        + " seconds.", seconds));
    }

    /** A password change by this user; a wrong current password counts as a failure. */
    public void passwordChange(UUID userId, Runnable change) {
        attempt(List.of(new Limit("password-change:" + userId, config.passwordChangeFailures(),
                config.passwordChangeFailureWindow())),
                () -> {
                    change.run();
                    return null;
                },
                e -> e instanceof ProblemException problem && problem.errors().stream()
                        .anyMatch(error -> PasswordService.CURRENT_PASSWORD_FIELD.equals(error.field())),
                seconds -> ProblemException.tooManyRequests("Trop d'essais du mot de passe actuel. Réessayez dans "
                        + retryDelay(seconds) + ".", seconds));
    }

    /**
     * A password link checked or used from this address; a link that does not work (unknown,
     * used, expired: {@code failedCheck} on the answer, or an {@code invalid-token} problem)
     * counts as a failure.
     */
    public <T> T passwordToken(String address, Supplier<T> use, Predicate<T> failedCheck) {
        return attempt(List.of(new Limit("password-token-address:" + address, config.passwordTokenFailuresPerAddress(),
                config.passwordTokenFailureWindow())),
                use,
                e -> e instanceof ProblemException problem && problem.type() == ProblemType.INVALID_TOKEN,
                failedCheck,
                seconds -> ProblemException.tooManyRequests("Trop de liens invalides essayés depuis votre adresse. "
                        + "Réessayez dans " + retryDelay(seconds) + ".", seconds));
    }

    private <T> T attempt(List<Limit> limits, Supplier<T> attempt, Predicate<RuntimeException> failed,
            LongFunction<RuntimeException> refusal) {
        return attempt(limits, attempt, failed, result -> false, refusal);
    }

    private <T> T attempt(List<Limit> limits, Supplier<T> attempt, Predicate<RuntimeException> failed,
            Predicate<T> failedResult, LongFunction<RuntimeException> refusal) {
        if (!config.enabled()) {
            return attempt.get();
        }
        List<RateLimitCounters.Reservation> reserved = new ArrayList<>(limits.size());
        for (Limit limit : limits) {
            RateLimitCounters.Reservation reservation = counters.reserve(limit.bucket(), limit.max(), limit.window());
            if (!reservation.granted()) {
                reserved.forEach(counters::release);
                throw refusal.apply(reservation.retryAfterSeconds());
            }
            reserved.add(reservation);
        }
        try {
            T result = attempt.get();
            if (!failedResult.test(result)) {
                reserved.forEach(counters::release);
            }
            return result;
        } catch (RuntimeException e) {
            if (!failed.test(e)) {
                reserved.forEach(counters::release);
            }
            throw e;
        }
    }

    /** A client id as sent (any text): kept when it could be a real one, otherwise its hash. */
    static String bucketSafe(String clientId) {
        if (clientId != null && clientId.matches("[A-Za-z0-9._-]{1,64}")) {
            return clientId;
        }
        return "sha256:" + SecretTokens.hash(clientId == null ? "" : clientId);
    }

    /** "une minute", "12 minutes": the wait before a new attempt, in messages. */
    public static String retryDelay(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes <= 1 ? "une minute" : minutes + " minutes";
    }
}
