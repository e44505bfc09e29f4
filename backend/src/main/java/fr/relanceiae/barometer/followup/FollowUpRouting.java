package fr.relanceiae.barometer.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.survey.NeedDeclared;

/**
 * Routes the needs of an answer to the facilitators: each opens a follow-up unless one is open for
 * that structure and need (the partial unique index of V27 decides, so two answers at once open one),
 * and each follow-up opened fires {@link NeedDeclared}, in the answer's transaction, for the
 * financing side to open a draft diagnostic.
 */
@ApplicationScoped
public class FollowUpRouting {

    private static final String OPEN = """
            insert into follow_up (id, structure_id, survey_id, need, needs_text, status, created_at, updated_at, version)
            values (:id, :structure, :survey, :need, :needsText, 'OPEN', :now, :now, 0)
            on conflict (structure_id, need) where status <> 'DONE' do nothing
            returning id
            """;

    private final EntityManager entityManager;
    private final Event<NeedDeclared> needDeclared;

    public FollowUpRouting(EntityManager entityManager, Event<NeedDeclared> needDeclared) {
        this.entityManager = entityManager;
        this.needDeclared = needDeclared;
    }

    /** Opens the follow-ups of these needs that none open covers; answers how many were opened. */
    public int route(UUID structureId, UUID surveyId, List<Need> needs, String needsText, int revenueLossPct,
            Instant now) {
        int opened = 0;
        for (Need need : needs) {
            @SuppressWarnings("unchecked")
            List<UUID> id = entityManager.createNativeQuery(OPEN, UUID.class).setParameter("id", UUID.randomUUID())
                    .setParameter("structure", structureId).setParameter("survey", surveyId)
                    .setParameter("need", need.name()).setParameter("needsText", needsText)
                    .setParameter("now", now).getResultList();
            if (!id.isEmpty()) {
                opened++;
                needDeclared.fire(new NeedDeclared(structureId, surveyId, id.get(0), need, revenueLossPct));
            }
        }
        return opened;
    }
}
