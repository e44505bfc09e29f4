package fr.relanceiae.account;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The recent answers of {@code GET /api/v1/me}, kept {@link #TTL} per user: the web
 * app asks on every page, and the database round trip costs about ten times the rest
 * of the call. This replica forgets a user when it changes them, and everyone when
 * it changes an organisation; a change made through another replica (or an answer
 * read while the change was committing) shows within {@link #TTL}. The access
 * token's own claims may be older still: up to its lifetime.
 */
@ApplicationScoped
class CurrentUsers {

    static final Duration TTL = Duration.ofSeconds(10);
    /** Beyond this many users seen within a TTL, start again (a bound, not a policy). */
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(CurrentUser user, long expiresAt) {
    }

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

    CurrentUser get(UUID userId, Function<UUID, CurrentUser> load) {
        long now = System.nanoTime();
        Entry entry = entries.get(userId);
        if (entry != null && entry.expiresAt() - now > 0) {
            return entry.user();
        }
        CurrentUser user = load.apply(userId);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(userId, new Entry(user, now + TTL.toNanos()));
        return user;
    }

    void forget(UUID userId) {
        entries.remove(userId);
    }

    void forgetAll() {
        entries.clear();
    }
}
