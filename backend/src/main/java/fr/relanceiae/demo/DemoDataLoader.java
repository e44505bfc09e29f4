package fr.relanceiae.demo;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

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
 *
 * <p>Once the contributors have run, a row of {@code demo_data_load} names them
 * ({@link #VERSION} and their orders): a restart reads that one row and runs
 * nothing, instead of looking every demo record up again (2.4 s with 4,000
 * structures). A new contributor (a new order), or a new {@link #VERSION} when
 * one of them adds records, runs them all once more; each is idempotent.
 */
@ApplicationScoped
public class DemoDataLoader {

    /** Raise it when a contributor adds records that existing demo databases should get. */
    static final int VERSION = 2;

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String LOCK_KEY = "relance-iae:demo-data";

    /** What a call to {@link #load()} did. */
    public enum Outcome {
        LOADED, ALREADY_LOADED
    }

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
            Outcome outcome = load();
            LOG.info((outcome == Outcome.LOADED ? "Demo data loaded" : "Demo data already loaded")
                    + ". Demo accounts (password \"demo\"): " + String.join(", ", DemoAccounts.EMAILS)
                    + "; partner client " + DemoAccounts.CLIENT_ID + " / " + DemoAccounts.CLIENT_SECRET);
        }
    }

    @Transactional
    public Outcome load() {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .setParameter("key", LOCK_KEY)
                .getSingleResult();
        List<DemoDataContributor> ordered = contributors.stream()
                .sorted(Comparator.comparingInt(DemoDataContributor::order))
                .toList();
        String marker = marker(ordered);
        boolean loaded = !entityManager.createNativeQuery("select 1 from demo_data_load where contributors = :marker")
                .setParameter("marker", marker).getResultList().isEmpty();
        if (loaded) {
            return Outcome.ALREADY_LOADED;
        }
        for (DemoDataContributor contributor : ordered) {
            contributor.contribute();
        }
        entityManager.createNativeQuery("insert into demo_data_load (contributors) values (:marker)")
                .setParameter("marker", marker).executeUpdate();
        return Outcome.LOADED;
    }

    /** The version and the contributors by their order, e.g. "v1:100,200". */
    static String marker(List<DemoDataContributor> contributors) {
        return "v" + VERSION + ":" + contributors.stream().map(contributor -> String.valueOf(contributor.order()))
                .collect(Collectors.joining(","));
    }
}
