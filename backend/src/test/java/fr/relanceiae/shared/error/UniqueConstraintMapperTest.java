package fr.relanceiae.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class UniqueConstraintMapperTest {

    @Test
    void sixteen_simultaneous_creations_of_one_siret_give_one_201_and_409_problems_never_a_500() throws Exception {
        Map<String, Object> profile = DirectoryFixtures.profile("Course " + DirectoryFixtures.word());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Callable<Response> create = () -> DirectoryFixtures.as(DirectoryFixtures.FACILITATOR).body(profile)
                        .when().post("/api/v1/structures");
                answers.add(pool.submit(create));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.jsonPath().getString("type")).isEqualTo("https://relance-iae.fr/problems/conflict");
                }
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        long stored = QuarkusTransaction.requiringNew().call(() -> Structure.count("siret", profile.get("siret")));
        assertThat(stored).isEqualTo(1);
    }
}
