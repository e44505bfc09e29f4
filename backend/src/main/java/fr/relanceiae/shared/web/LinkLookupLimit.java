package fr.relanceiae.shared.web;

import java.time.Duration;

import fr.relanceiae.account.RateLimitConfig;
import fr.relanceiae.account.RateLimitCounters;
import fr.relanceiae.shared.error.ProblemException;

/**
 * The limit of a kind of personal link (solicitations, weekly surveys): at most so many look-ups
 * per client address in a one-minute window, every look-up counted, found or not (tokens cannot be
 * guessed by trying), in the shared counters of PostgreSQL, so the limit holds across replicas.
 * Called outside transactions, as the counters require.
 */
public final class LinkLookupLimit {

    public static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimitConfig rateLimits;
    private final RateLimitCounters counters;
    private final String bucketPrefix;
    private final int perMinute;
    private final String refusal;

    /** @param bucketPrefix the counters' key before the address, one per kind of link */
    public LinkLookupLimit(RateLimitConfig rateLimits, RateLimitCounters counters, String bucketPrefix, int perMinute) {
        this(rateLimits, counters, bucketPrefix, perMinute, "Trop de liens consultés depuis votre adresse.");
    }

    /**
     * The same limit for other anonymous calls counted per address (the public directory's reads).
     *
     * @param refusal the French sentence of the 429, before "Réessayez dans N s."
     */
    public LinkLookupLimit(RateLimitConfig rateLimits, RateLimitCounters counters, String bucketPrefix, int perMinute,
            String refusal) {
        this.rateLimits = rateLimits;
        this.counters = counters;
        this.bucketPrefix = bucketPrefix;
        this.perMinute = perMinute;
        this.refusal = refusal;
    }

    public void check(String address) {
        if (!rateLimits.enabled()) {
            return;
        }
        RateLimitCounters.Reservation counted = counters.reserve(bucketPrefix + address, perMinute, WINDOW);
        if (!counted.granted()) {
            throw ProblemException.tooManyRequests(refusal + " Réessayez dans " + counted.retryAfterSeconds() + " s.",
                    counted.retryAfterSeconds());
        }
    }
}
