package fr.relanceiae.sourcing.request;

/**
 * Tells a request's buyer that its response deadline is over and asks for the outcome.
 * Called inside the transaction that marks the request as reminded; the outbox (branch
 * shared-infra) is to implement it, so that the mail is sent once that transaction commits.
 */
public interface OutcomeReminderMail {

    void remind(SourcingRequest request);
}
