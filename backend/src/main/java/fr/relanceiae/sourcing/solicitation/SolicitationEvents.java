package fr.relanceiae.sourcing.solicitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.relanceiae.sourcing.request.SourcingRequestEvent;

/**
 * What solicitations do when a request changes: observed synchronously, in the transaction
 * of the change, so that the solicitations commit or roll back with it.
 */
@ApplicationScoped
public class SolicitationEvents {

    private final SolicitationService service;

    public SolicitationEvents(SolicitationService service) {
        this.service = service;
    }

    void onPublished(@Observes SourcingRequestEvent.Published published) {
        service.solicitPublished(published.requestId());
    }

    void onDeadlineExtended(@Observes SourcingRequestEvent.DeadlineExtended extended) {
        service.deadlineExtended(extended.requestId(), extended.previousDeadline());
    }
}
