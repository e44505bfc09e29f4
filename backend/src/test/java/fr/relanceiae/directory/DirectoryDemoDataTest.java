package fr.relanceiae.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.demo.DemoDataLoader;
import fr.relanceiae.demo.DirectoryDemoData;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class DirectoryDemoDataTest {

    /** The demo structures: the only ones with both a www website and a contact@ address. */
    private static final String DEMO = "from structure s where s.website like 'https://www.%' and s.email like 'contact@%'";

    @Inject
    EntityManager entityManager;

    @Inject
    DemoDataLoader loader;

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void about_300_ile_de_france_structures_in_realistic_proportions() {
        assertThat(count("select count(*) " + DEMO)).isEqualTo(DirectoryDemoData.COUNT);
        assertThat(count("select count(*) " + DEMO + " and s.department not in ('75','77','78','91','92','93','94','95')"))
                .isZero();
        assertThat(count("select count(*) " + DEMO + " and s.latitude is null")).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Long> kinds = QuarkusTransaction.requiringNew().call(() ->
                ((List<Object[]>) entityManager.createNativeQuery("select s.kind, count(*) " + DEMO + " group by s.kind")
                        .getResultList()).stream()
                        .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue())));
        assertThat(kinds.get("ACI")).isBetween(120L, 180L);
        assertThat(kinds.get("EI")).isBetween(50L, 100L);
        assertThat(kinds).containsKeys("AI", "ETTI", "GEIQ");
        assertThat(count("select count(*) " + DEMO + " and (select count(*) from structure_activity a"
                + " where a.structure_id = s.id) not between 1 and 4")).isZero();
        assertThat(count("select count(*) " + DEMO + " and (select count(*) from offer o"
                + " where o.structure_id = s.id) > 5")).isZero();
    }

    @Test
    void loading_again_changes_nothing() {
        long structures = count("select count(*) from structure");
        long offers = count("select count(*) from offer");
        assertThat(loader.load()).isEqualTo(DemoDataLoader.Outcome.ALREADY_LOADED);
        // Without the marker every contributor runs again and finds its records.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from demo_data_load")
                .executeUpdate());
        assertThat(loader.load()).isEqualTo(DemoDataLoader.Outcome.LOADED);
        assertThat(count("select count(*) from structure")).isEqualTo(structures);
        assertThat(count("select count(*) from offer")).isEqualTo(offers);
    }

    @Test
    void the_demo_siae_organisation_owns_its_demo_structure() {
        assertThat(count("select count(*) from structure s join organisation o on o.id = s.organisation_id"
                + " where s.siret = '" + DirectoryDemoData.DEMO_SIAE_SIRET + "' and o.name = '"
                + DemoAccounts.SIAE_ORGANISATION.replace("'", "''") + "'")).isEqualTo(1);
    }
}
