package fr.relanceiae.sourcing.matching;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** No history yet: every structure neutral. Replaced by any other {@link Responsiveness} bean. */
@DefaultBean
@ApplicationScoped
public class NeutralResponsiveness implements Responsiveness {

    @Override
    public Map<UUID, Double> rates(Collection<UUID> structureIds) {
        return Map.of();
    }
}
