package org.acde.kernel.problem;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.acde.contracts.problem.FieldError;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns Jackson's failures into field paths and messages a client can act on, without leaking class names. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /**
     * The field a mapping failure is about and what is wrong with it, never echoing the value sent; the field is empty
     * when the failure is about the value as a whole (e.g. a number where an object belongs).
     */
    public static FieldError fieldError(JsonMappingException e) {
        String field = path(e);
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "unknown field");
        }
        if (e instanceof InvalidFormatException invalid) {
            return new FieldError(field, invalidValueMessage(invalid));
        }
        if (e instanceof MismatchedInputException mismatched) {
            return new FieldError(field, wrongTypeMessage(mismatched));
        }
        return new FieldError(field, "invalid value");
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    static String invalidValueMessage(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return "unknown value; expected one of: " + allowed;
        }
        return "invalid value; expected " + typeName(target);
    }

    static String wrongTypeMessage(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Cannot map `null`")) {
            return "is required";
        }
        return "wrong type; expected " + typeName(e.getTargetType());
    }

    /** The parser's own explanation without the location suffix and source echo Jackson appends. */
    static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        String location = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return firstLine.replaceAll("\\(code \\d+\\)", "").trim() + location;
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == String.class || type.isEnum() || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.getPackageName().startsWith("java.time")) {
            return "an ISO 8601 " + (type.getSimpleName().equals("LocalDate") ? "date (YYYY-MM-DD)" : "date-time");
        }
        return "an object";
    }
}
