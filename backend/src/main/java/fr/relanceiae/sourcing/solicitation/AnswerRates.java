package fr.relanceiae.sourcing.solicitation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * How often structures answered the solicitations of the last 12 months, for the matching
 * score's responsiveness: answered ÷ solicited, where a solicitation counts once answered or
 * once its deadline has passed (one still open is no evidence either way). One SQL aggregate.
 * {@link AnswerRateResponsiveness} feeds them to the matching score.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnswerRates {

    /** One structure's history. */
    public record Rate(int answered, int solicited) {

        public double value() {
            return solicited == 0 ? 0 : (double) answered / solicited;
        }
    }

    private static final String AGGREGATE = """
            select s.structure_id, count(*) filter (where s.answered_at is not null), count(*)
            from solicitation s join sourcing_request r on r.id = s.request_id
            where s.sent_at > :since
              and (s.answered_at is not null or r.response_deadline < :today)
            """;

    private final EntityManager entityManager;

    public AnswerRates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every structure with a history. */
    public Map<UUID, Rate> all() {
        return query(AGGREGATE + " group by s.structure_id");
    }

    private Map<UUID, Rate> query(String sql) {
        Instant now = Instant.now();
        var query = entityManager.createNativeQuery(sql)
                .setParameter("since", now.minus(365, ChronoUnit.DAYS))
                .setParameter("today", SolicitationDeadlines.today(now));
        Map<UUID, Rate> rates = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            rates.put((UUID) row[0], new Rate(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return rates;
    }
}
