package org.acde.contracts.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What every contract says about the platform's HTTP conventions, added to every operation so that a new operation
 * gets it for free (the contract interfaces document only their own 2xx and domain problems):
 * <ul>
 * <li>the problem responses ({@link ProblemResponses});</li>
 * <li>the headers on the wire: {@code X-Request-Id} and the gateway's {@code RateLimit}/{@code RateLimit-Policy} on
 * every answer, {@code Content-Language} and {@code Vary} on problems and on the 2xx of operations marked
 * {@value #LOCALIZED}, {@code Location} on 201, {@code ETag} on every 2xx that carries a versioned resource (a schema marked
 * with the extension {@value #VERSIONED}), {@code Link} on pages (any answer with a {@code nextCursor}),
 * {@code Retry-After} on 429 and 503; and the request
 * headers {@code X-Request-Id}, {@code Accept-Language} (on operations marked {@value #LOCALIZED}), {@code If-Match} (required wherever an operation reads it: the server answers 428
 * without it) and {@code Idempotency-Key};</li>
 * <li>schemas as JSON Schema reads them: every {@code pattern} anchored (Bean Validation matches whole strings, JSON
 * Schema finds substrings), and {@code maxLength} on the string formats whose longest value is known.</li>
 * </ul>
 * Finally it keeps only the schemas the contract's operations reach.
 */
public class ContractConventions implements OASFilter {

    /**
     * Marks a view schema whose single-resource answers carry the resource's {@code ETag}; read and removed here.
     * Put it on the view with {@code @Schema(extensions = @Extension(name = VERSIONED, value = "true"))}.
     */
    public static final String VERSIONED = "x-acde-versioned";
    /**
     * Marks an operation whose successful answer has labels in the request's language (reference data, statistics,
     * exports), so its 2xx declares {@code Content-Language} and {@code Vary}; read and removed here. Put it on the
     * method with {@code @Extension(name = LOCALIZED, value = "true")}. Problems always declare them.
     */
    public static final String LOCALIZED = "x-acde-localized";
    /** What SmallRye OpenAPI writes for {@code @NotBlank}: "contains a non-whitespace character", unanchored. */
    private static final String NOT_BLANK = "\\S";
    /**
     * {@code @NotBlank} as a whole-string pattern: some character that {@link String#isBlank()} (Hibernate Validator's
     * test) does not take for whitespace, i.e. none of {@link Character#isWhitespace(int)}. The same in ECMA-262 and Java.
     */
    static final String NOT_BLANK_ANCHORED = "^[\\u0009-\\u000D\\u001C-\\u0020\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028"
            + "\\u2029\\u205F\\u3000]*[^\\u0009-\\u000D\\u001C-\\u0020\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029"
            + "\\u205F\\u3000][\\s\\S]*$";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        HttpHeaders headers = new HttpHeaders(components);
        ProblemResponses problems = new ProblemResponses(components, headers);
        problems.addSchemas();
        if (openAPI.getPaths() == null) {
            return;
        }
        Set<String> versioned = versionedSchemas(components);
        Set<String> paged = pagedSchemas(components);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            boolean localized = localized(operation);
            parameters(operation, headers, localized);
            problems.document(path, method, operation);
            responseHeaders(operation, headers, versioned, paged, localized);
        }));
        if (components.getResponses() != null) {
            // The shared responses are the problems, whose title is in the request's language.
            components.getResponses().values().forEach(response -> {
                everyAnswer(response, headers);
                localizedAnswer(response, headers);
            });
        }
        forEachSchema(openAPI, ContractConventions::tighten);
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(schema -> {
                schema.removeExtension(VERSIONED);
                schema.set(VERSIONED, null);
            });
        }
        pruneUnusedSchemas(openAPI);
    }

    private static Set<String> versionedSchemas(Components components) {
        Set<String> versioned = new HashSet<>();
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> {
                if (isVersioned(schema)) {
                    versioned.add("#/components/schemas/" + name);
                }
            });
        }
        return versioned;
    }

    /** The answers that continue at a cursor ({@code Paged}: a {@code nextCursor}), which {@code PageLinks} links. */
    private static Set<String> pagedSchemas(Components components) {
        Set<String> paged = new HashSet<>();
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> {
                if (schema.getProperties() != null && schema.getProperties().containsKey("nextCursor")) {
                    paged.add("#/components/schemas/" + name);
                }
            });
        }
        return paged;
    }

    /** The marker as SmallRye OpenAPI keeps it: among the extensions, or as a keyword of the schema. */
    private static boolean isVersioned(Schema schema) {
        Object marker = schema.getExtensions() == null ? null : schema.getExtensions().get(VERSIONED);
        if (marker == null) {
            marker = schema.get(VERSIONED);
        }
        return marker != null && "true".equals(String.valueOf(marker));
    }

    /** Whether the operation is marked {@value #LOCALIZED}; the marker is removed. */
    private static boolean localized(Operation operation) {
        boolean localized = marked(operation.getExtensions());
        operation.removeExtension(LOCALIZED);
        if (operation.getResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                // Next to an @APIResponse, SmallRye OpenAPI puts the method's extensions on that response.
                localized |= marked(response.getExtensions());
                response.removeExtension(LOCALIZED);
            }
        }
        return localized;
    }

    /**
     * {@code Accept-Language} is declared where the 2xx depends on it; elsewhere it still chooses the language of a
     * problem's title, as the Problem schema says, without a parameter in every generated client method.
     */
    private static void parameters(Operation operation, HttpHeaders headers, boolean localized) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == Parameter.In.HEADER && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                    HttpHeaders.describeIfMatch(parameter);
                } else if (parameter.getIn() == Parameter.In.HEADER && "Idempotency-Key".equalsIgnoreCase(parameter.getName())) {
                    HttpHeaders.describeIdempotencyKey(parameter,
                            operation.getResponses() == null || operation.getResponses().getAPIResponse("200") == null);
                }
            }
        }
        operation.addParameter(headers.requestIdParameter());
        if (localized) {
            operation.addParameter(headers.acceptLanguageParameter());
        }
    }

    private static void responseHeaders(Operation operation, HttpHeaders headers, Set<String> versioned, Set<String> paged,
            boolean localized) {
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (response.getRef() != null) {
                return;
            }
            everyAnswer(response, headers);
            if (localized || !code.startsWith("2")) {
                localizedAnswer(response, headers);
            }
            if (!code.startsWith("2")) {
                return;
            }
            if ("201".equals(code)) {
                headers.add(response, HttpHeaders.LOCATION);
            }
            MediaType json = response.getContent() == null ? null : response.getContent().getMediaType("application/json");
            String ref = json == null || json.getSchema() == null ? null : json.getSchema().getRef();
            if (ref != null && versioned.contains(ref)) {
                headers.add(response, HttpHeaders.ETAG);
            }
            if (ref != null && paged.contains(ref)) {
                headers.add(response, HttpHeaders.LINK);
            }
        });
    }

    /** What every answer to an API request carries. */
    private static void everyAnswer(APIResponse response, HttpHeaders headers) {
        headers.add(response, HttpHeaders.REQUEST_ID);
        headers.add(response, HttpHeaders.RATE_LIMIT);
        headers.add(response, HttpHeaders.RATE_LIMIT_POLICY);
    }

    private static boolean marked(Map<String, Object> extensions) {
        return extensions != null && "true".equals(String.valueOf(extensions.get(LOCALIZED)));
    }

    /** What an answer in the request's language carries. */
    private static void localizedAnswer(APIResponse response, HttpHeaders headers) {
        headers.add(response, HttpHeaders.CONTENT_LANGUAGE);
        headers.add(response, HttpHeaders.VARY);
    }

    /** Anchors patterns and bounds the string formats whose longest value is known. */
    private static void tighten(Schema schema) {
        // Jackson's JsonNode is any JSON value to the service; SmallRye OpenAPI describes its Java getters instead.
        if ("#/components/schemas/JsonNode".equals(schema.getRef())) {
            schema.setRef(null);
            schema.setType(List.of(Schema.SchemaType.OBJECT));
            schema.setAdditionalPropertiesBoolean(Boolean.TRUE);
        }
        String pattern = schema.getPattern();
        if (pattern != null) {
            if (pattern.equals(NOT_BLANK)) {
                schema.setPattern(NOT_BLANK_ANCHORED);
            } else if (!pattern.startsWith("^") || !pattern.endsWith("$")) {
                schema.setPattern("^(?:" + pattern + ")$");
            }
        }
        if (schema.getMaxLength() == null && schema.getFormat() != null && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.STRING)) {
            Integer longest = switch (schema.getFormat()) {
                case "uuid" -> 36;
                // Bounds above the longest ISO 8601 values Java reads (+999999999-12-31; years, nanoseconds, offsets).
                case "date" -> 16;
                case "date-time" -> 64;
                default -> null;
            };
            if (longest != null) {
                schema.setMaxLength(longest);
            }
        }
    }

    /** Applies {@code action} to every schema of the document, nested ones included. */
    private static void forEachSchema(OpenAPI openAPI, Consumer<Schema> action) {
        Deque<Schema> pending = new LinkedList<>();
        Components components = openAPI.getComponents();
        if (components.getSchemas() != null) {
            pending.addAll(components.getSchemas().values());
        }
        if (components.getHeaders() != null) {
            components.getHeaders().values().forEach(header -> pending.add(header.getSchema()));
        }
        if (components.getParameters() != null) {
            components.getParameters().values().forEach(parameter -> pending.add(parameter.getSchema()));
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> pending.addAll(schemasOf(operation))));
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            action.accept(schema);
            pending.addAll(children(schema));
        }
    }

    /** The schemas an operation names directly: parameters, request body, responses. */
    private static List<Schema> schemasOf(Operation operation) {
        List<Schema> schemas = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> schemas.add(parameter.getSchema()));
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(type -> schemas.add(type.getSchema()));
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                if (response.getContent() != null) {
                    response.getContent().getMediaTypes().values().forEach(type -> schemas.add(type.getSchema()));
                }
            });
        }
        return schemas;
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        children.add(schema.getItems());
        children.add(schema.getAdditionalPropertiesSchema());
        for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                children.addAll(composed);
            }
        }
        return children;
    }

    /**
     * Keeps only the schemas an operation reaches: contracts holds the DTOs of every service, and each contract should
     * describe its own API, not its neighbours'.
     */
    private static void pruneUnusedSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        Deque<Schema> pending = new LinkedList<>(); // takes the nulls of absent schemas
        pending.add(OASFactory.createSchema().ref(ProblemResponses.SCHEMA_REF));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> pending.addAll(schemasOf(operation))));
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && schemas.containsKey(name)) {
                    pending.add(schemas.get(name));
                }
            }
            pending.addAll(children(schema));
        }
        new ArrayList<>(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }
}
