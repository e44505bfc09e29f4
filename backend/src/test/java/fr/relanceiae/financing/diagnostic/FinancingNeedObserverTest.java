package fr.relanceiae.financing.diagnostic;

import static fr.relanceiae.financing.FinancingFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.survey.NeedDeclared;
import fr.relanceiae.financing.FinancingFixtures;
import fr.relanceiae.supply.SupplyFixtures;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A need of financing declared in a survey opens a draft diagnostic, unless one is open, and the follow-up points to it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class FinancingNeedObserverTest {

    @Inject
    Event<NeedDeclared> needs;

    @Test
    void a_need_of_financing_opens_a_prefilled_draft_and_the_follow_up_points_to_it() {
        TestStructure structure = FinancingFixtures.structure();
        UUID followUp = followUp(structure.id(), Need.FINANCING, 55);

        List<Object> diagnostics = rows("select id, status, revenue_loss_pct, last_year_revenue, created_by_user_id "
                + "from financing_diagnostic where structure_id = ?1", structure.id());

        assertThat(diagnostics).singleElement().satisfies(row -> {
            Object[] values = (Object[]) row;
            assertThat(values[1]).isEqualTo("DRAFT");
            assertThat((BigDecimal) values[2]).isEqualByComparingTo("55");
            assertThat((BigDecimal) values[3]).as("from the profile").isEqualByComparingTo("480000");
            assertThat(values[4]).isNull();
            assertThat(rows("select diagnostic_id from follow_up where id = ?1", followUp)).containsExactly(values[0]);
        });
        assertThat(SupplyFixtures.mailSubjects(structure.email()))
                .containsExactly("Votre diagnostic financier est prêt à compléter");
    }

    @Test
    void a_structure_with_an_open_diagnostic_gets_no_second_one_but_the_follow_up_points_to_the_open_one() {
        TestStructure structure = FinancingFixtures.structure();
        UUID open = FinancingFixtures.draft(FinancingFixtures.facilitator(), structure.id());

        UUID followUp = followUp(structure.id(), Need.FINANCING, 30);

        assertThat(rows("select id from financing_diagnostic where structure_id = ?1", structure.id()))
                .containsExactly(open);
        assertThat(rows("select diagnostic_id from follow_up where id = ?1", followUp)).containsExactly(open);
        assertThat(rows("select revenue_loss_pct from financing_diagnostic where id = ?1", open)).singleElement()
                .satisfies(loss -> assertThat((BigDecimal) loss).as("the open one is left as it was")
                        .isEqualByComparingTo("35"));
    }

    @Test
    void other_needs_open_no_diagnostic() {
        TestStructure structure = FinancingFixtures.structure();

        UUID followUp = followUp(structure.id(), Need.SUPPLIES, 50);

        assertThat(rows("select id from financing_diagnostic where structure_id = ?1", structure.id())).isEmpty();
        assertThat(rows("select diagnostic_id from follow_up where id = ?1", followUp)).containsExactly((Object) null);
    }

    /** A survey answer and its follow-up, then the event, all in one transaction as the survey side fires it. */
    private UUID followUp(UUID structureId, Need need, int revenueLossPct) {
        FinancingFixtures.survey(structureId, revenueLossPct, 0);
        UUID surveyId = (UUID) rows("select id from activity_survey where structure_id = ?1 order by week_start desc",
                structureId).get(0);
        UUID followUpId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            FinancingFixtures.em().createNativeQuery("insert into follow_up (id, structure_id, survey_id, need, status, "
                    + "created_at, updated_at) values (?1, ?2, ?3, ?4, 'OPEN', now(), now())")
                    .setParameter(1, followUpId).setParameter(2, structureId).setParameter(3, surveyId)
                    .setParameter(4, need.name()).executeUpdate();
            needs.fire(new NeedDeclared(structureId, surveyId, followUpId, need, revenueLossPct));
        });
        return followUpId;
    }
}
