package org.acde.kernel.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.acde.kernel.problem.InvalidParameterException;

/**
 * Reads typed query, header and path parameters. JAX-RS would answer a malformed query parameter with a bare 404;
 * here it is a 400 naming the parameter and what it expects. A malformed path parameter names no resource: 404.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    private static final Pattern UUID_FORM = Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType.isEnum()) {
            String expected = "one of: " + Arrays.stream(rawType.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return converter(annotations, value -> (T) Enum.valueOf((Class) rawType, value), expected);
        }
        if (rawType == LocalDate.class) {
            return converter(annotations, value -> (T) LocalDate.parse(value), "a date (YYYY-MM-DD)");
        }
        if (rawType == Instant.class) {
            return converter(annotations, value -> (T) Instant.parse(value), "an ISO 8601 UTC time, e.g. 2026-01-31T00:00:00Z");
        }
        if (rawType == UUID.class) {
            return converter(annotations, value -> (T) uuid(value), "a UUID");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return converter(annotations, value -> (T) Integer.valueOf(value), "an integer");
        }
        return null;
    }

    /** The canonical 8-4-4-4-12 form only: {@link UUID#fromString} also takes short groups such as {@code 1-2-3-4-5}. */
    private static UUID uuid(String value) {
        if (!UUID_FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a UUID: " + value);
        }
        return UUID.fromString(value);
    }

    private static <T> ParamConverter<T> converter(Annotation[] annotations, Function<String, T> parse, String expected) {
        String name = null;
        boolean path = false;
        // The REST client passes null while concurrent first calls of a method are still filling its annotation
        // cache; it only needs toString, which the annotations do not affect.
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                name = query.value();
            } else if (annotation instanceof HeaderParam header) {
                name = header.value();
            } else if (annotation instanceof PathParam pathParam) {
                name = pathParam.value();
                path = true;
            }
        }
        String parameter = name;
        boolean isPath = path;
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (RuntimeException e) {
                    if (isPath) {
                        throw new NotFoundException();
                    }
                    throw new InvalidParameterException(parameter, value, "expected " + expected);
                }
            }

            @Override
            public String toString(T value) {
                return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
            }
        };
    }
}
