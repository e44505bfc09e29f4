package fr.relanceiae.directory.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The import queue as a replica that runs no worker sees it: jobs wait in PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
@TestProfile(StructureImportQueueTest.NoWorker.class)
class StructureImportQueueTest {

    public static class NoWorker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relance.import.worker", "false", "relance.import.max-queued", "3",
                    "relance.import.retry-after", "PT45S");
        }
    }

    @Inject
    StructureImportService service;

    @Inject
    EntityManager entityManager;

    private final List<UUID> jobs = new ArrayList<>();

    @AfterEach
    void removeJobs() {
        QuarkusTransaction.requiringNew().run(() -> jobs.forEach(id -> StructureImport.deleteById(id)));
    }

    private static byte[] file(int rows) {
        StringBuilder csv = new StringBuilder("siret;name;kind\n");
        for (int i = 0; i < rows; i++) {
            csv.append(DirectoryFixtures.siret()).append(";En attente ").append(i).append(";EI\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private UUID upload(byte[] csv) {
        String id = given().auth().oauth2(DirectoryFixtures.FACILITATOR).contentType("text/csv").body(csv).when()
                .post("/api/v1/structure-imports").then().statusCode(202).body("status", equalTo("QUEUED"))
                .extract().path("id");
        jobs.add(UUID.fromString(id));
        return UUID.fromString(id);
    }

    @Test
    void an_upload_waits_in_the_database_with_its_file_and_one_over_the_bound_is_a_429() {
        List<byte[]> files = List.of(file(1), file(2), file(3));
        files.forEach(this::upload);

        given().auth().oauth2(DirectoryFixtures.ADMIN).contentType("text/csv").body(file(1)).when()
                .post("/api/v1/structure-imports").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", "45")
                .body("type", equalTo("https://relance-iae.fr/problems/too-many-requests"))
                .body("detail", equalTo("Trop d'imports en attente (3) : réessayez dans 1 minute."));

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(StructureImport.count("status", ImportStatus.QUEUED)).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                StructureImport job = StructureImport.findById(jobs.get(i));
                assertThat(job.status).isEqualTo(ImportStatus.QUEUED);
                assertThat(job.totalRows).isEqualTo(i + 1);
                assertThat(StructureImportFile.<StructureImportFile>findById(job.id).content)
                        .isEqualTo(files.get(i));
            }
        });
        given().auth().oauth2(DirectoryFixtures.FACILITATOR).when().get("/api/v1/structure-imports/" + jobs.get(0))
                .then().statusCode(200).body("status", equalTo("QUEUED"));
    }

    @Test
    void a_worker_claims_the_oldest_job_and_skips_one_that_another_replica_is_claiming() throws Exception {
        UUID oldest = upload(file(1));
        UUID next = upload(file(1));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another replica in the middle of claiming the oldest job: its row is locked.
        CompletableFuture<Void> otherReplica = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    entityManager.createNativeQuery("select id from structure_import where id = :id for update")
                            .setParameter("id", oldest).getResultList();
                    locked.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            Optional<UUID> claimed = CompletableFuture.supplyAsync(service::claim).get(10, TimeUnit.SECONDS);
            assertThat(claimed).as("not waiting for the locked row").contains(next);
        } finally {
            release.countDown();
            otherReplica.get(30, TimeUnit.SECONDS);
        }
        assertThat(service.claim()).contains(oldest);
        assertThat(service.claim()).isEmpty();
        QuarkusTransaction.requiringNew().run(() -> {
            StructureImport claimed = StructureImport.findById(next);
            assertThat(claimed.status).isEqualTo(ImportStatus.RUNNING);
            assertThat(claimed.startedAt).isNotNull();
        });
    }
}
