package fr.relanceiae.sourcing.request;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every request event fired, as observers of other packages receive them. */
@ApplicationScoped
public class RecordedSourcingEvents {

    private final List<SourcingRequestEvent> events = new CopyOnWriteArrayList<>();

    void record(@Observes SourcingRequestEvent event) {
        events.add(event);
    }

    public List<SourcingRequestEvent> of(UUID requestId) {
        return events.stream().filter(event -> event.requestId().equals(requestId)).toList();
    }
}
