package fr.relanceiae.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.demo.DemoDataLoader;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class DemoDataTest {

    @Inject
    DemoDataLoader loader;

    @Inject
    EntityManager entityManager;

    record Counts(long organisations, long users, long clients) {
    }

    @Test
    void the_demo_accounts_are_there_once_with_their_roles_and_organisations() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(AppUser.findByEmail(DemoAccounts.BUYER).orElseThrow())
                    .satisfies(user -> {
                        assertThat(user.role).isEqualTo(Role.buyer);
                        assertThat(user.organisation.name).isEqualTo("Ville de Montreuil");
                        assertThat(user.organisation.kind).isEqualTo(OrganisationKind.PUBLIC_BUYER);
                    });
            assertThat(AppUser.findByEmail(DemoAccounts.SIAE).orElseThrow().organisation.kind).isEqualTo(OrganisationKind.SIAE);
            assertThat(AppUser.findByEmail(DemoAccounts.FACILITATOR).orElseThrow().organisation.kind)
                    .isEqualTo(OrganisationKind.NETWORK);
            assertThat(AppUser.findByEmail(DemoAccounts.SECOND_FACILITATOR).orElseThrow())
                    .satisfies(user -> {
                        assertThat(user.role).isEqualTo(Role.facilitator);
                        assertThat(user.organisation.name).isEqualTo(DemoAccounts.NETWORK_ORGANISATION);
                    });
            assertThat(AppUser.findByEmail(DemoAccounts.ADMIN).orElseThrow().organisation.kind)
                    .isEqualTo(OrganisationKind.PLATFORM);
            assertThat(PartnerClient.findByClientId(DemoAccounts.CLIENT_ID).orElseThrow().organisation.kind)
                    .isEqualTo(OrganisationKind.PARTNER);
        });
        for (String email : DemoAccounts.EMAILS) {
            assertThat(TestAccounts.demoToken(email)).isNotBlank();
        }
        assertThat(demoCounts()).isEqualTo(new Counts(5, 5, 1));
    }

    @Test
    void a_restart_finds_the_marker_and_runs_no_contributor() {
        assertThat(loader.load()).isEqualTo(DemoDataLoader.Outcome.ALREADY_LOADED);
        assertThat(markers()).isEqualTo(1);
    }

    /** Without the marker (a new contributor, a new version) the contributors run again: their look-ups hold. */
    @Test
    void loading_again_even_from_two_replicas_at_once_duplicates_nothing() throws Exception {
        Counts before = demoCounts();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from demo_data_load")
                .executeUpdate());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<DemoDataLoader.Outcome> outcomes;
        try {
            List<CompletableFuture<DemoDataLoader.Outcome>> replicas = List.of(
                    CompletableFuture.supplyAsync(loader::load, pool),
                    CompletableFuture.supplyAsync(loader::load, pool));
            outcomes = List.of(replicas.get(0).get(), replicas.get(1).get());
        } finally {
            pool.shutdown();
        }
        // One replica loads under the lock; the other then finds its marker.
        assertThat(outcomes).containsExactlyInAnyOrder(DemoDataLoader.Outcome.LOADED,
                DemoDataLoader.Outcome.ALREADY_LOADED);
        assertThat(demoCounts()).isEqualTo(before).isEqualTo(new Counts(5, 5, 1));
        assertThat(markers()).isEqualTo(1);
    }

    private long markers() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from demo_data_load").getSingleResult())
                        .longValue());
    }

    private static Counts demoCounts() {
        List<String> organisations = List.of(DemoAccounts.BUYER_ORGANISATION, DemoAccounts.SIAE_ORGANISATION,
                DemoAccounts.NETWORK_ORGANISATION, DemoAccounts.PLATFORM_ORGANISATION, DemoAccounts.PARTNER_ORGANISATION);
        return QuarkusTransaction.requiringNew().call(() -> new Counts(
                Organisation.count("name in ?1", organisations),
                AppUser.count("email in ?1", DemoAccounts.EMAILS),
                PartnerClient.count("clientId", DemoAccounts.CLIENT_ID)));
    }
}
