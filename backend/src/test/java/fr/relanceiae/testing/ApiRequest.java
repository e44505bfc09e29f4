package fr.relanceiae.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import io.restassured.RestAssured;

/**
 * One HTTP request to the API, described by its operation and its raw parts
 * (any string goes: the fuzz test sends what no client library would), sent
 * with the JDK's client so nothing is normalised on the way.
 */
public record ApiRequest(String operationId, String method, String pathTemplate, Map<String, String> pathParams,
        List<Map.Entry<String, String>> query, Map<String, String> headers, String contentType, byte[] body) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The answer, read whole. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream()).findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    public static ApiRequest of(String operationId, String method, String pathTemplate) {
        return new ApiRequest(operationId, method, pathTemplate, new LinkedHashMap<>(), new ArrayList<>(),
                new LinkedHashMap<>(), null, null);
    }

    public ApiRequest pathParam(String name, Object value) {
        Map<String, String> params = new LinkedHashMap<>(pathParams);
        params.put(name, String.valueOf(value));
        return new ApiRequest(operationId, method, pathTemplate, params, query, headers, contentType, body);
    }

    public ApiRequest queryParam(String name, Object value) {
        List<Map.Entry<String, String>> params = new ArrayList<>(query);
        params.add(Map.entry(name, String.valueOf(value)));
        return new ApiRequest(operationId, method, pathTemplate, pathParams, params, headers, contentType, body);
    }

    public ApiRequest withQuery(List<Map.Entry<String, String>> params) {
        return new ApiRequest(operationId, method, pathTemplate, pathParams, List.copyOf(params), headers, contentType, body);
    }

    public ApiRequest header(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (value == null) {
            all.remove(name);
        } else {
            all.put(name, value);
        }
        return new ApiRequest(operationId, method, pathTemplate, pathParams, query, all, contentType, body);
    }

    public ApiRequest body(String type, String text) {
        return body(type, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    public ApiRequest body(String type, byte[] bytes) {
        return new ApiRequest(operationId, method, pathTemplate, pathParams, query, headers, type, bytes);
    }

    public String bodyText() {
        return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }

    /** The path with its parameters filled in, percent-encoded, and the query string. */
    public String target() {
        String path = pathTemplate;
        for (Map.Entry<String, String> param : pathParams.entrySet()) {
            path = path.replace("{" + param.getKey() + "}", encode(param.getValue()));
        }
        if (query.isEmpty()) {
            return path;
        }
        StringJoiner joined = new StringJoiner("&", path + "?", "");
        query.forEach(param -> joined.add(encode(param.getKey()) + "=" + encode(param.getValue())));
        return joined.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sends the request with this bearer token (none when null). */
    public Answer send(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + target()))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().map(),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + this, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What replays the request: method, target, headers and body (shortened beyond 2,000 characters). */
    @Override
    public String toString() {
        String text = bodyText();
        if (text != null && text.length() > 2000) {
            text = text.substring(0, 2000) + "… (" + text.length() + " characters)";
        }
        return method + " " + target() + (contentType == null ? "" : "\nContent-Type: " + contentType)
                + (headers.isEmpty() ? "" : "\n" + headers) + (text == null ? "" : "\n\n" + text);
    }
}
