package fr.relanceiae.directory.profile;

import static fr.relanceiae.directory.DirectoryFixtures.FACILITATOR;
import static fr.relanceiae.directory.DirectoryFixtures.as;
import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** {@code If-Match: *} would let a writer skip the lost-update check: it is refused like a missing If-Match. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class IfMatchAnyTest {

    @Test
    void twenty_concurrent_writers_with_a_star_all_get_a_428_and_none_wins() throws Exception {
        Map<String, Object> original = profile("Étoile");
        UUID id = create(original);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Response>> writers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Map<String, Object> body = profile("Écrasée " + i);
                body.put("siret", original.get("siret"));
                String ifMatch = i % 2 == 0 ? "*" : "\"0\", *";
                writers.add(() -> as(FACILITATOR).header("If-Match", ifMatch).body(body)
                        .when().put("/api/v1/structures/" + id));
            }
            for (Future<Response> answer : pool.invokeAll(writers)) {
                Response response = answer.get();
                assertThat(response.statusCode()).isEqualTo(428);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.<String>path("type")).isEqualTo("https://relance-iae.fr/problems/precondition-required");
                assertThat(response.<String>path("detail")).contains("précis").contains("*");
            }
        } finally {
            pool.shutdown();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Structure stored = Structure.findById(id);
            assertThat(stored.name).isEqualTo("Étoile");
            assertThat(stored.version).isZero();
        });
    }
}
