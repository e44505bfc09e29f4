package fr.relanceiae.sourcing.solicitation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.sourcing.matching.Responsiveness;

/**
 * The matching score's responsiveness from the structures' answer rates. The rates of every
 * structure are read in one aggregate and kept a minute on each replica: a rate over twelve
 * months barely moves in a minute, and the match preview must not pay the aggregate on each call.
 */
@ApplicationScoped
public class AnswerRateResponsiveness implements Responsiveness {

    static final Duration KEPT = Duration.ofMinutes(1);

    private final AnswerRates answerRates;
    private volatile Snapshot snapshot;

    private record Snapshot(Map<UUID, Double> rates, Instant readAt) {
    }

    public AnswerRateResponsiveness(AnswerRates answerRates) {
        this.answerRates = answerRates;
    }

    @Override
    public Map<UUID, Double> rates(Collection<UUID> structureIds) {
        Map<UUID, Double> all = current();
        Map<UUID, Double> rates = new HashMap<>();
        for (UUID id : structureIds) {
            Double rate = all.get(id);
            if (rate != null) {
                rates.put(id, rate);
            }
        }
        return rates;
    }

    private Map<UUID, Double> current() {
        Snapshot current = snapshot;
        if (current == null || current.readAt().plus(KEPT).isBefore(Instant.now())) {
            Map<UUID, Double> rates = new HashMap<>();
            answerRates.all().forEach((id, rate) -> rates.put(id, rate.value()));
            current = new Snapshot(Map.copyOf(rates), Instant.now());
            snapshot = current;
        }
        return current.rates();
    }
}
