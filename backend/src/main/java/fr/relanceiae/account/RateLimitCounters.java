package fr.relanceiae.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.scheduler.Scheduled;

/**
 * The counters of every rate limit, in the table {@code rate_limit_counter} (V14): one row
 * per bucket ({@code partner:<client id>}, {@code login-address:<address>}…) holding the hits
 * of its current window and when that window ends. A window starts at the bucket's first hit
 * and lasts the bucket's window; the first hit after it ends starts a new one. Nothing is
 * counted in memory: every replica reads and writes the same rows, so limits hold across
 * replicas.
 *
 * <p>Plain JDBC in auto-commit, not Panache, on purpose: each call is exactly one round trip
 * (the statement and its commit), and it must never join the caller's transaction, where the
 * counter's row lock would be held until that transaction ends and would serialise every
 * request of a client behind the slowest one. Callers run outside any transaction (checked).
 */
@ApplicationScoped
public class RateLimitCounters {

    /** A hit counted: the hits of the current window, this one included, and the milliseconds until it ends. */
    public record Count(int hits, long resetMillis) {

        /** Whole seconds until the window ends, rounded up (at least 1), as headers say it. */
        public long resetSeconds() {
            return Math.max(1, (resetMillis + 999) / 1000);
        }
    }

    /** A partner request counted, with the client's own limit when an admin set one. */
    public record PartnerCount(Count count, Optional<Integer> clientLimit) {
    }

    /** A failure reserved ({@link #reserve}) or refused, with the seconds until the window ends then. */
    public record Reservation(String bucket, boolean granted, Instant resetsAt, long retryAfterSeconds) {
    }

    // Both CASEs read the row as it was before this update (PostgreSQL's UPDATE semantics).
    private static final String UPSERT = """
            insert into rate_limit_counter as c (bucket, hits, resets_at)
            values (?, 1, now() + ? * interval '1 millisecond')
            on conflict (bucket) do update set
                hits = case when c.resets_at <= now() then 1 else c.hits + 1 end,
                resets_at = case when c.resets_at <= now() then excluded.resets_at else c.resets_at end
            """;

    private static final String SECONDS_LEFT = "greatest(1, ceil(extract(epoch from %s - now())))::bigint";

    private static final String HIT_PARTNER = "with hit as (" + UPSERT + " returning hits, resets_at) "
            + "select hit.hits, greatest(0, ceil(extract(epoch from hit.resets_at - now()) * 1000))::bigint, "
            + "pc.requests_per_minute "
            + "from hit left join partner_client pc on pc.client_id = ?";

    // A refused attempt is not counted (the WHERE leaves the row as it is and nothing is
    // returned); the outer query then reads when the full window ends, for Retry-After.
    private static final String RESERVE = "with hit as (" + UPSERT
            + " where c.resets_at <= now() or c.hits < ? returning hits, resets_at) "
            + "select (select resets_at from hit), "
            + "(select " + SECONDS_LEFT.formatted("resets_at") + " from rate_limit_counter where bucket = ?)";

    private static final String RELEASE =
            "update rate_limit_counter set hits = hits - 1 where bucket = ? and resets_at = ? and hits > 0";

    private static final String PURGE = "delete from rate_limit_counter where resets_at < now()";

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;

    public RateLimitCounters(DataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** Counts one request of a partner client in a one-minute window, and reads its own limit. */
    public PartnerCount hitPartner(String clientId) {
        return run(HIT_PARTNER, statement -> {
            statement.setString(1, "partner:" + clientId);
            statement.setLong(2, Duration.ofMinutes(1).toMillis());
            statement.setString(3, clientId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Count count = new Count(row.getInt(1), row.getLong(2));
                int limit = row.getInt(3);
                return new PartnerCount(count, row.wasNull() ? Optional.empty() : Optional.of(limit));
            }
        });
    }

    /**
     * Counts one attempt in the bucket if fewer than {@code max} are counted in its window
     * (granted), otherwise counts nothing (refused). A granted attempt that succeeds is
     * {@linkplain #release released}: what remains counted are the failures and the
     * attempts still running, so concurrent attempts cannot overshoot the limit.
     */
    public Reservation reserve(String bucket, int max, Duration window) {
        return run(RESERVE, statement -> {
            statement.setString(1, bucket);
            statement.setLong(2, window.toMillis());
            statement.setInt(3, max);
            statement.setString(4, bucket);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Timestamp granted = row.getTimestamp(1);
                return new Reservation(bucket, granted != null, granted == null ? null : granted.toInstant(),
                        row.getLong(2));
            }
        });
    }

    /** Uncounts a granted attempt, unless its window has ended since. */
    public void release(Reservation reservation) {
        if (!reservation.granted()) {
            return;
        }
        run(RELEASE, statement -> {
            statement.setString(1, reservation.bucket());
            statement.setTimestamp(2, Timestamp.from(reservation.resetsAt()));
            return statement.executeUpdate();
        });
    }

    /** Deletes the counters whose window has ended (a new hit would start a new window anyway). */
    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void purge() {
        run(PURGE, PreparedStatement::executeUpdate);
    }

    private interface Statement<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(String sql, Statement<T> work) {
        if (transactions.getTransactionKey() != null) {
            throw new IllegalStateException("Rate limit counters are written outside transactions, in auto-commit");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.apply(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Rate limit counter statement failed", e);
        }
    }
}
