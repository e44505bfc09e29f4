package fr.relanceiae.shared.input;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Bounds on every JSON request body, checked while it is parsed, before any
 * validation or arithmetic: nesting at most 64 deep, strings without control
 * characters, no fraction for an integer, decimals within {@link InputRules#isBoundedDecimal} (Jackson's own
 * limit of 1,000 characters per number stays: a longer one is a malformed body).
 * A refused value is a 400 naming its field.
 */
@Singleton
public class JsonInputHardening implements ObjectMapperCustomizer {

    static final int MAX_NESTING_DEPTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
        // 1.5 for a count is refused with a message, never silently rounded to 1.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        SimpleModule module = new SimpleModule("relance-input-hardening");
        module.addDeserializer(String.class, new CleanStringDeserializer());
        module.addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
        mapper.registerModule(module);
    }

    static final class CleanStringDeserializer extends StdScalarDeserializer<String> {

        CleanStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (InputRules.hasControlCharacter(value)) {
                throw new RejectedJsonValueException(parser, String.class, InputRules.CONTROL_CHARACTER_MESSAGE);
            }
            return value;
        }
    }

    static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

        BoundedDecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (!InputRules.isBoundedDecimal(value)) {
                throw new RejectedJsonValueException(parser, BigDecimal.class, InputRules.DECIMAL_OUT_OF_BOUNDS_MESSAGE);
            }
            return value;
        }
    }
}
