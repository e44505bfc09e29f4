package fr.relanceiae.shared.idempotency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * A response as kept for replays: status, headers (Location, ETag…) and the body as the JSON
 * the app's ObjectMapper wrote. The first answer is sent from it too, so that every replay is
 * byte for byte the same.
 */
record StoredResponse(int status, Map<String, List<String>> headers, String body) {

    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {
    };

    static StoredResponse of(RestResponse<?> response, ObjectMapper objectMapper) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getStringHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        String body = null;
        if (response.hasEntity()) {
            try {
                body = objectMapper.writeValueAsString(response.getEntity());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The response of an idempotent request cannot be written as JSON", e);
            }
        }
        return new StoredResponse(response.getStatus(), headers, body);
    }

    static StoredResponse read(int status, String headersJson, String body, ObjectMapper objectMapper) {
        try {
            return new StoredResponse(status, objectMapper.readValue(headersJson, HEADERS), body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored headers of an idempotency key are not JSON", e);
        }
    }

    String headersJson(ObjectMapper objectMapper) {
        try {
            return objectMapper.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isServerError() {
        return status >= 500;
    }

    /** The response to send; its entity is the kept JSON, whatever {@code T} the method declares. */
    @SuppressWarnings("unchecked")
    <T> RestResponse<T> toRestResponse(boolean replayed) {
        RestResponse.ResponseBuilder<Object> builder = RestResponse.ResponseBuilder.create(status);
        headers.forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        if (body != null) {
            if (headers.keySet().stream().noneMatch(HttpHeaders.CONTENT_TYPE::equalsIgnoreCase)) {
                builder.type(MediaType.APPLICATION_JSON_TYPE);
            }
            builder.entity(new RawValue(body));
        }
        if (replayed) {
            builder.header(IdempotentRequests.REPLAYED_HEADER, "true");
        }
        return (RestResponse<T>) builder.build();
    }
}
