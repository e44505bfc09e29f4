package fr.relanceiae.shared.error;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import fr.relanceiae.shared.input.InputRules;

/**
 * Converts numeric, boolean, UUID and enum parameters so that a value of the
 * wrong type is a 400 naming the parameter, instead of the 404 JAX-RS answers.
 * Decimals are bounded ({@link InputRules#parseDecimal}), doubles finite.
 */
@Provider
public class TypedParameterConverters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.ofEntries(
            parser(Integer.class, Integer::valueOf), parser(int.class, Integer::valueOf),
            parser(Long.class, Long::valueOf), parser(long.class, Long::valueOf),
            parser(Double.class, TypedParameterConverters::parseFiniteDouble),
            parser(double.class, TypedParameterConverters::parseFiniteDouble),
            parser(BigDecimal.class, InputRules::parseDecimal),
            parser(UUID.class, UUID::fromString),
            parser(Boolean.class, TypedParameterConverters::parseBoolean),
            parser(boolean.class, TypedParameterConverters::parseBoolean));

    private static Map.Entry<Class<?>, Function<String, ?>> parser(Class<?> type, Function<String, ?> parse) {
        return Map.entry(type, parse);
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) new Converter<>(name, value -> Enum.valueOf(enumType, value),
                    "valeur attendue parmi : " + allowed);
        }
        Function<String, ?> parser = PARSERS.get(rawType);
        if (parser == null) {
            return null;
        }
        return (ParamConverter<T>) new Converter<>(name, parser, expectation(rawType));
    }

    private static String expectation(Class<?> type) {
        if (type == UUID.class) {
            return "identifiant (UUID) attendu";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true ou false attendu";
        }
        if (type == BigDecimal.class) {
            return "nombre attendu (" + InputRules.MAX_DECIMAL_DIGITS + " chiffres au plus avant la virgule et "
                    + InputRules.MAX_DECIMAL_DIGITS + " après)";
        }
        return type == Double.class || type == double.class ? "nombre attendu" : "nombre entier attendu";
    }

    /** NaN and infinities parse as doubles but are no coordinate nor distance. */
    private static Double parseFiniteDouble(String value) {
        if (value.length() > 100) {
            throw new NumberFormatException("too long");
        }
        double parsed = Double.parseDouble(value);
        if (!Double.isFinite(parsed)) {
            throw new NumberFormatException(value);
        }
        return parsed;
    }

    private static Boolean parseBoolean(String value) {
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }

    private record Converter<T>(String name, Function<String, T> parser, String expectation)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value.trim());
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(name, expectation);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
