package fr.relanceiae.demo;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo data at startup (after Flyway) when {@code relance.demo-data=true}.
 * Replicas starting together queue on one advisory lock, so the contributors'
 * look-ups never race with another replica's inserts.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String LOCK_KEY = "relance-iae:demo-data";

    private final boolean enabled;
    private final Instance<DemoDataContributor> contributors;
    private final EntityManager entityManager;

    public DemoDataLoader(@ConfigProperty(name = "relance.demo-data", defaultValue = "false") boolean enabled,
            Instance<DemoDataContributor> contributors, EntityManager entityManager) {
        this.enabled = enabled;
        this.contributors = contributors;
        this.entityManager = entityManager;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
            LOG.info("Demo data ready. Demo accounts (password \"demo\"): " + String.join(", ", DemoAccounts.EMAILS)
                    + "; partner client " + DemoAccounts.CLIENT_ID + " / " + DemoAccounts.CLIENT_SECRET);
        }
    }

    @Transactional
    public void load() {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .setParameter("key", LOCK_KEY)
                .getSingleResult();
        List<DemoDataContributor> ordered = contributors.stream()
                .sorted(Comparator.comparingInt(DemoDataContributor::order))
                .toList();
        for (DemoDataContributor contributor : ordered) {
            contributor.contribute();
        }
    }
}
