package fr.relanceiae.directory.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class StructureImportStaleTest {

    @Inject
    StructureImportService service;

    @Test
    void the_scheduled_check_fails_a_running_job_whose_heartbeat_stopped_and_deletes_its_file() {
        UUID stale = UUID.randomUUID();
        UUID alive = UUID.randomUUID();
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID id : List.of(stale, alive)) {
                StructureImport job = new StructureImport();
                job.id = id;
                job.status = ImportStatus.RUNNING;
                job.createdAt = longAgo;
                job.startedAt = longAgo;
                job.heartbeatAt = id.equals(stale) ? longAgo : Instant.now();
                job.persist();
                StructureImportFile file = new StructureImportFile();
                file.importId = id;
                file.content = "siret;name;kind\n".getBytes(StandardCharsets.UTF_8);
                file.persist();
            }
        });

        service.failStale();

        QuarkusTransaction.requiringNew().run(() -> {
            StructureImport failed = StructureImport.findById(stale);
            assertThat(failed.status).isEqualTo(ImportStatus.FAILED);
            assertThat(failed.error).startsWith("L'import a été interrompu");
            assertThat(StructureImportFile.<StructureImportFile>findById(stale)).isNull();
            assertThat(StructureImport.<StructureImport>findById(alive).status).isEqualTo(ImportStatus.RUNNING);
            assertThat(StructureImportFile.<StructureImportFile>findById(alive)).isNotNull();
            StructureImport.deleteById(alive);
        });
    }

    @Test
    void the_status_get_only_reads_a_stale_job_and_the_scheduled_check_fails_it() {
        UUID id = UUID.randomUUID();
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
        QuarkusTransaction.requiringNew().run(() -> {
            StructureImport job = new StructureImport();
            job.id = id;
            job.status = ImportStatus.RUNNING;
            job.totalRows = 500;
            job.processedRows = 250;
            job.createdAt = longAgo;
            job.startedAt = longAgo;
            job.heartbeatAt = longAgo;
            job.persist();
        });
        given().auth().oauth2(DirectoryFixtures.FACILITATOR).when().get("/api/v1/structure-imports/" + id).then()
                .statusCode(200).body("status", equalTo("RUNNING")).body("processedRows", equalTo(250));
        QuarkusTransaction.requiringNew().run(() -> {
            StructureImport unchanged = StructureImport.findById(id);
            assertThat(unchanged.status).isEqualTo(ImportStatus.RUNNING);
            assertThat(unchanged.error).isNull();
            assertThat(unchanged.finishedAt).isNull();
        });

        service.failStale();

        given().auth().oauth2(DirectoryFixtures.FACILITATOR).when().get("/api/v1/structure-imports/" + id).then()
                .statusCode(200).body("status", equalTo("FAILED")).body("processedRows", equalTo(250))
                .body("error", startsWith("L'import a été interrompu"));
    }
}
