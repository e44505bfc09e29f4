package fr.relanceiae.shared.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.shared.error.FieldError;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;

/** The key's format and the request's hash, without Quarkus. */
class IdempotencyKeyRulesTest {

    private final ObjectMapper objectMapper = new ObjectMapper();

    @Test
    void a_key_is_1_to_255_printable_ascii_characters() {
        for (String valid : List.of("a", "550e8400-e29b-41d4-a716-446655440000", "clé tierce ~!", "x".repeat(255))) {
            String key = valid.replace("é", "e");
            assertThatCode(() -> IdempotentRequests.checkKey(key)).as(key).doesNotThrowAnyException();
        }
        for (String invalid : List.of("", "   ", "x".repeat(256), "clé", "a\tb", "a\u007Fb", "emoji 🙂")) {
            assertThatThrownBy(() -> IdempotentRequests.checkKey(invalid)).as(invalid)
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
                        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("Idempotency-Key");
                    });
        }
    }

    @Test
    void the_hash_ignores_the_order_of_keys_at_every_level_but_not_values_or_array_order() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", 2);
        inner.put("a", List.of(1, 2));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("z", inner);
        body.put("amount", new BigDecimal("10.50"));
        Map<String, Object> reordered = Map.of("amount", new BigDecimal("10.50"),
                "z", Map.of("a", List.of(1, 2), "b", 2));

        String hash = CanonicalJson.sha256(objectMapper, body);

        assertThat(hash).hasSize(64).matches("[0-9a-f]+").isEqualTo(CanonicalJson.sha256(objectMapper, reordered));
        assertThat(CanonicalJson.sha256(objectMapper, Map.of("amount", new BigDecimal("10.50"),
                "z", Map.of("a", List.of(2, 1), "b", 2)))).isNotEqualTo(hash);
        assertThat(CanonicalJson.sha256(objectMapper, Map.of("amount", new BigDecimal("10.51"),
                "z", Map.of("a", List.of(1, 2), "b", 2)))).isNotEqualTo(hash);
        assertThat(new String(CanonicalJson.canonical(objectMapper, Map.of("z", Map.of("b", 2, "a", List.of(1, 2)),
                "amount", 3)))).isEqualTo("{\"amount\":3,\"z\":{\"a\":[1,2],\"b\":2}}");
    }
}
