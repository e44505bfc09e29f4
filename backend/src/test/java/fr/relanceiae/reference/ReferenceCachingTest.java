package fr.relanceiae.reference;

import static fr.relanceiae.reference.ReferenceTokens.tokenFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/** The reference lists may be kept by the browser and revalidated with their ETag. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ReferenceCachingTest {

    private static final String LISTS = "sectors,departments,structure-kinds,presta-types,structure-labels,"
            + "structure-networks";

    @ParameterizedTest
    @ValueSource(strings = { "sectors", "departments", "structure-kinds", "presta-types", "structure-labels",
            "structure-networks" })
    void a_list_carries_a_strong_etag_and_may_be_kept_privately_for_an_hour(String list) {
        Response response = get(list, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("ETag")).matches("\"[0-9a-f]{32}\"");
        assertThat(response.headers().getValues("Cache-Control")).containsExactly("private, max-age=3600");
        assertThat(response.jsonPath().getList("$")).isNotEmpty();
        // The same content gives the same tag.
        assertThat(get(list, null).header("ETag")).isEqualTo(response.header("ETag"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "sectors", "departments", "structure-kinds", "presta-types", "structure-labels",
            "structure-networks" })
    void the_current_tag_in_if_none_match_gets_a_304_without_a_body(String list) {
        String tag = get(list, null).header("ETag");

        Response response = get(list, tag);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.asByteArray()).isEmpty();
        assertThat(response.header("ETag")).isEqualTo(tag);
        assertThat(response.headers().getValues("Cache-Control")).containsExactly("private, max-age=3600");
    }

    @ParameterizedTest
    @ValueSource(strings = { "sectors", "departments", "structure-labels" })
    void a_stale_tag_gets_the_list_again(String list) {
        Response fresh = get(list, null);

        Response response = get(list, "\"0123456789abcdef0123456789abcdef\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo(fresh.header("ETag"));
        assertThat(response.asString()).isEqualTo(fresh.asString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "sectors", "departments" })
    void the_lists_have_different_tags(String list) {
        assertThat(get(list, null).header("ETag")).isNotEqualTo(get("presta-types", null).header("ETag"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "communes?q=mont", "sectors/x", "structures", "structure-kinds/ACI" })
    void other_api_answers_are_still_never_stored(String path) {
        Response response = given().auth().oauth2(tokenFor(Roles.BUYER)).when().get("/api/v1/" + path);

        assertThat(response.headers().getValues("Cache-Control")).as(path).containsExactly("no-store");
        assertThat(LISTS).doesNotContain(path);
    }

    @ParameterizedTest
    @ValueSource(strings = { "sectors", "departments", "structure-kinds" })
    void a_client_that_accepts_gzip_gets_the_same_json_gzipped_with_a_tag_of_its_own(String list) throws IOException {
        Response plain = raw(list, "identity", null);
        Response gzipped = raw(list, "gzip, deflate, br", null);

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        for (Response response : List.of(plain, gzipped)) {
            assertThat(response.headers().getValues("Vary")).contains("Accept-Encoding");
            assertThat(response.headers().getValues("Cache-Control")).containsExactly("private, max-age=3600");
            assertThat(response.header("ETag")).matches("\"[0-9a-f]{32}\"");
        }
        byte[] json = plain.asByteArray();
        assertThat(gunzip(gzipped.asByteArray())).isEqualTo(json);
        assertThat(gzipped.asByteArray().length).isLessThan(json.length);
        // Two representations, two strong tags; each revalidates only its own.
        assertThat(gzipped.header("ETag")).isNotEqualTo(plain.header("ETag"));
        Response notModified = raw(list, "gzip", gzipped.header("ETag"));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.asByteArray()).isEmpty();
        assertThat(notModified.headers().getValues("Vary")).contains("Accept-Encoding");
        assertThat(raw(list, "identity", plain.header("ETag")).statusCode()).isEqualTo(304);
        Response otherRepresentation = raw(list, "gzip", plain.header("ETag"));
        assertThat(otherRepresentation.statusCode()).isEqualTo(200);
        assertThat(otherRepresentation.header("ETag")).isEqualTo(gzipped.header("ETag"));
    }

    @Test
    void gzip_is_sent_only_when_the_accept_encoding_header_accepts_it() {
        assertThat(ReferenceResource.acceptsGzip(null)).isFalse();
        assertThat(ReferenceResource.acceptsGzip("")).isFalse();
        assertThat(ReferenceResource.acceptsGzip("identity")).isFalse();
        assertThat(ReferenceResource.acceptsGzip("br, deflate")).isFalse();
        assertThat(ReferenceResource.acceptsGzip("gzip")).isTrue();
        assertThat(ReferenceResource.acceptsGzip("GZIP")).isTrue();
        assertThat(ReferenceResource.acceptsGzip("x-gzip")).isTrue();
        assertThat(ReferenceResource.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(ReferenceResource.acceptsGzip("br;q=1.0, gzip;q=0.5")).isTrue();
        assertThat(ReferenceResource.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ReferenceResource.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(ReferenceResource.acceptsGzip("gzip;q=abc")).isFalse();
        assertThat(ReferenceResource.acceptsGzip("*")).isTrue();
        assertThat(ReferenceResource.acceptsGzip("*;q=0")).isFalse();
        assertThat(ReferenceResource.acceptsGzip("gzip;q=0, *")).isFalse();
        assertThat(ReferenceResource.acceptsGzip("deflate, *;q=0.1")).isTrue();
    }

    /** Sends exactly this Accept-Encoding (REST Assured would add its own and decode the body). */
    private static Response raw(String list, String acceptEncoding, String ifNoneMatch) {
        var request = given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .auth().oauth2(tokenFor(Roles.BUYER)).header("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch != null) {
            request = request.header("If-None-Match", ifNoneMatch);
        }
        return request.when().get("/api/v1/" + list);
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static Response get(String list, String ifNoneMatch) {
        var request = given().auth().oauth2(tokenFor(Roles.BUYER));
        if (ifNoneMatch != null) {
            request = request.header("If-None-Match", ifNoneMatch);
        }
        return request.when().get("/api/v1/" + list);
    }
}
