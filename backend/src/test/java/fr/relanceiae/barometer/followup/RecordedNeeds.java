package fr.relanceiae.barometer.followup;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.relanceiae.barometer.survey.NeedDeclared;

/** The {@link NeedDeclared} events fired, as the financing side would observe them. */
@ApplicationScoped
public class RecordedNeeds {

    private final List<NeedDeclared> events = new CopyOnWriteArrayList<>();

    void on(@Observes NeedDeclared event) {
        events.add(event);
    }

    public List<NeedDeclared> of(UUID structureId) {
        return events.stream().filter(event -> event.structureId().equals(structureId)).toList();
    }
}
