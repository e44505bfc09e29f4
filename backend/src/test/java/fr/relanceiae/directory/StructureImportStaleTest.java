package fr.relanceiae.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class StructureImportStaleTest {

    @Test
    void a_running_job_whose_heartbeat_stopped_is_reported_failed() {
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
                .statusCode(200).body("status", equalTo("FAILED")).body("processedRows", equalTo(250))
                .body("error", startsWith("L'import a été interrompu"));
        QuarkusTransaction.requiringNew().run(() ->
                assertThat(StructureImport.<StructureImport>findById(id).status).isEqualTo(ImportStatus.FAILED));
    }
}
