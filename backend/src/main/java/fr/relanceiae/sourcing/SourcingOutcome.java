package fr.relanceiae.sourcing;

/** What a closed request came to: only {@code CANCELLED} before publishing. */
public enum SourcingOutcome {
    AWARDED, UNSUCCESSFUL, CANCELLED
}
