package fr.relanceiae.shared.preload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** /q/health/ready says ready once the search index and the matching snapshot are in memory. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ReadinessTest {

    @Inject
    Preloading preloading;

    @Test
    void ready_once_the_in_memory_copies_are_read() throws Exception {
        preloading.whenDone().get(60, java.util.concurrent.TimeUnit.SECONDS);

        Response response = given().get("/q/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> checks = response.jsonPath().getList("checks");
        assertThat(checks).anySatisfy(check -> {
            assertThat(check.get("name")).isEqualTo(PreloadedReadiness.NAME);
            assertThat(check.get("status")).isEqualTo("UP");
        });
        assertThat(response.jsonPath().getString("status")).isEqualTo("UP");
    }
}
