package fr.relanceiae.shared.outbox;

/** Where a mail of the outbox stands. */
public enum OutboxStatus {
    /** To send, at {@code next_attempt_at}. */
    PENDING,
    SENT,
    /** Every attempt failed; {@code last_error} says why the last one did. */
    FAILED
}
