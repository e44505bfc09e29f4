package fr.relanceiae.sourcing;

/** {@code DRAFT → SUBMITTED → PUBLISHED → CLOSED}; a facilitator may send a submitted request back to draft. */
public enum SourcingStatus {
    DRAFT, SUBMITTED, PUBLISHED, CLOSED
}
