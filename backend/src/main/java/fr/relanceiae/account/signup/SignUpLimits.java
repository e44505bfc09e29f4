package fr.relanceiae.account.signup;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.account.Emails;
import fr.relanceiae.account.FailureLimits;
import fr.relanceiae.account.RateLimitConfig;
import fr.relanceiae.account.RateLimitCounters;
import fr.relanceiae.account.SecretTokens;
import fr.relanceiae.shared.error.ProblemException;

/**
 * The limits of the public sign-up endpoints, in the hardening's shared counters
 * ({@link RateLimitCounters}): every sign-up or resend counts against the caller's address and
 * against the e-mail given (kept as its SHA-256, not in clear), so that neither one address nor many
 * can flood a mailbox; links (verification, claim) that do not work count against the address as
 * password links do ({@link FailureLimits#passwordToken}). Called outside transactions.
 */
@ApplicationScoped
public class SignUpLimits {

    private final RateLimitConfig config;
    private final RateLimitCounters counters;
    private final FailureLimits failures;

    public SignUpLimits(RateLimitConfig config, RateLimitCounters counters, FailureLimits failures) {
        this.config = config;
        this.counters = counters;
        this.failures = failures;
    }

    /** Counts one sign-up or resend; 429 when the address or the e-mail is over its limit. */
    public void count(String address, String email) {
        if (!config.enabled()) {
            return;
        }
        refuseWhenOver(counters.reserve("sign-up-address:" + address, config.signUpsPerAddress(), config.signUpWindow()));
        refuseWhenOver(counters.reserve("sign-up-email:" + SecretTokens.hash(Emails.normalise(email)),
                config.signUpsPerEmail(), config.signUpWindow()));
    }

    /** A verification or claim link used from this address; one that does not work counts as a failure. */
    public <T> T token(String address, Supplier<T> use) {
        return failures.passwordToken(address, use, result -> false);
    }

    private static void refuseWhenOver(RateLimitCounters.Reservation reservation) {
        if (!reservation.granted()) {
            throw ProblemException.tooManyRequests("Trop de demandes d'inscription. Réessayez dans "
                    + FailureLimits.retryDelay(reservation.retryAfterSeconds()) + ".", reservation.retryAfterSeconds());
        }
    }
}
