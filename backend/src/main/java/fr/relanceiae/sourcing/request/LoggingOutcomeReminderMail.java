package fr.relanceiae.sourcing.request;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;

/**
 * Stand-in until the outbox is merged: only logs the reminder it would send.
 * TODO(integration): replace with an implementation that writes the mail to the outbox.
 */
@ApplicationScoped
@DefaultBean
public class LoggingOutcomeReminderMail implements OutcomeReminderMail {

    private static final Logger LOG = Logger.getLogger(LoggingOutcomeReminderMail.class);

    @Override
    public void remind(SourcingRequest request) {
        LOG.infof("Outcome reminder due for sourcing request %s (deadline %s, buyer organisation %s): no mail sent yet",
                request.id, request.responseDeadline, request.buyerOrganisationId);
    }
}
