package fr.relanceiae.shared.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request body as canonical JSON (the app's serialisation, object keys sorted at every
 * level), and its SHA-256: two bodies that mean the same, whatever the order of their keys,
 * hash the same.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    static String sha256(ObjectMapper objectMapper, Object body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(objectMapper, body)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] canonical(ObjectMapper objectMapper, Object body) {
        try {
            return objectMapper.writeValueAsBytes(sorted(objectMapper.valueToTree(body), objectMapper));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request body cannot be written as JSON", e);
        }
    }

    private static JsonNode sorted(JsonNode node, ObjectMapper objectMapper) {
        if (node == null) {
            return objectMapper.nullNode();
        }
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            entries.forEachRemaining(entry -> fields.put(entry.getKey(), sorted(entry.getValue(), objectMapper)));
            ObjectNode result = objectMapper.createObjectNode();
            fields.forEach(result::set);
            return result;
        }
        if (node.isArray()) {
            ArrayNode result = objectMapper.createArrayNode();
            node.forEach(element -> result.add(sorted(element, objectMapper)));
            return result;
        }
        return node;
    }
}
