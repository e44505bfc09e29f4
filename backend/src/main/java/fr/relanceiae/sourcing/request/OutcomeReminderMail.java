package fr.relanceiae.sourcing.request;

/**
 * Tells a request's buyer that its response deadline is over and asks for the outcome.
 * Called inside the transaction that marks the request as reminded, so that the mail
 * ({@link OutboxOutcomeReminderMail}) is sent only once that transaction commits.
 */
public interface OutcomeReminderMail {

    void remind(SourcingRequest request);
}
