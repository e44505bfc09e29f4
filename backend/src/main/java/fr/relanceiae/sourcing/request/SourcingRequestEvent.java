package fr.relanceiae.sourcing.request;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What happened to a request, fired synchronously (CDI {@code Event}) inside the
 * transaction of the change, so that observers (solicitations, e-mails in the
 * outbox) commit or roll back with it.
 */
public sealed interface SourcingRequestEvent {

    UUID requestId();

    /** Published: matching structures and targets are to be solicited. */
    record Published(UUID requestId) implements SourcingRequestEvent {
    }

    /** The response deadline of a published request was moved later: the solicited structures are told. */
    record DeadlineExtended(UUID requestId, LocalDate previousDeadline, LocalDate newDeadline) implements SourcingRequestEvent {
    }

    /** Closed with an outcome. */
    record Closed(UUID requestId) implements SourcingRequestEvent {
    }
}
