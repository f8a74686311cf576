package org.acde.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The operations of an OpenAPI document, for tests that walk a whole contract. Whether an operation admits
 * anonymous callers is read here straight from OpenAPI's rules ({@code security: []}, or an empty requirement
 * {@code {}} among the alternatives), independently of the platform's own reading, so a test can hold that reading to
 * the contract.
 */
public final class OpenApiOperations {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    /** Stands in for every path parameter: a well-formed id that names nothing. */
    public static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

    /** One operation: {@code security} is null when the operation declares none. */
    public record Operation(String method, String template, String operationId, JsonNode security, boolean hasBody) {

        public boolean admitsAnonymous() {
            return OpenApiOperations.admitsAnonymous(security);
        }

        /** The path with every parameter replaced by {@link #NO_SUCH_ID}. */
        public String samplePath() {
            return template.replaceAll("\\{[^}]+}", NO_SUCH_ID);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private OpenApiOperations() {
    }

    /**
     * Whether an operation with this {@code security} (null when it declares none) needs no token: an empty list, or
     * an empty requirement among the alternatives.
     */
    public static boolean admitsAnonymous(JsonNode security) {
        if (security == null) {
            return false;
        }
        if (security.isEmpty()) {
            return true;
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The operations of a committed contract snapshot, {@code contracts/openapi/<module>.yaml} under {@code root}. */
    public static List<Operation> ofSnapshot(Path root, String module) {
        try {
            return of(YAML.readTree(root.resolve("contracts/openapi/" + module + ".yaml").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Operation> of(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation != null) {
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(),
                        operation.path("operationId").asText(null), operation.get("security"),
                        operation.has("requestBody")));
            }
        }));
        return operations;
    }
}
