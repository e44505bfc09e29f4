package fr.relanceiae.shared.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A JSON object that names a field twice is malformed (400), not read with
 * whichever value comes last: two readers (a proxy, a WAF, our validation)
 * could otherwise see two different requests, and Jackson fails on a
 * duplicated record component with an error answered as a bare 500.
 */
@Singleton
public class DuplicateKeysRefused implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
