package org.acde.contracts.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acde.contracts.problem.Problem;
import org.acde.contracts.problem.ProblemType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation can give, so each contract lists them without repeating
 * annotations on every method: 400/500 everywhere, 404 on item paths, 413/415 with a body, 412/428 on conditional
 * writes, 401/403 where a token is required, 401 where one is optional.
 */
public class ProblemResponses implements OASFilter {

    private static final String SCHEMA_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string("Path of the rejected field or parameter"))
                .addProperty("message", string("Why it was rejected")));
        components.addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
        pruneUnusedSchemas(openAPI);
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
        pending.add(OASFactory.createSchema().ref(SCHEMA_REF));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> pending.add(parameter.getSchema()));
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(type -> pending.add(type.getSchema()));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    if (response.getContent() != null) {
                        response.getContent().getMediaTypes().values().forEach(type -> pending.add(type.getSchema()));
                    }
                });
            }
        }));
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
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.add(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (composed != null) {
                    pending.addAll(composed);
                }
            }
        }
        new ArrayList<>(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("400", "The request is malformed or fails validation; `errors` names the fields");
        if (path.contains("{")) {
            codes.put("404", "No such resource");
        }
        switch (TokenUse.of(operation)) {
            case REQUIRED -> {
                codes.put("401", "No valid bearer token");
                codes.put("403", "The token does not grant this operation on this resource");
            }
            case OPTIONAL -> codes.put("401", "The token sent is not valid (send none to be answered as the public)");
            case NONE -> {
            }
        }
        if (operation.getRequestBody() != null) {
            codes.put("413", "The body exceeds the size limit");
            codes.put("415", "The body is not application/json");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE) {
            codes.put("412", "`If-Match` does not match the current ETag: reload and retry");
            codes.put("428", "`If-Match` is required");
        }
        codes.put("500", "Unexpected failure; the body carries the request id to quote");
        codes.forEach((code, description) -> {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, problem(description));
            }
        });
        // Problems documented on an operation itself get the schema too.
        responses.getAPIResponses().forEach((code, response) -> {
            if (response.getContent() != null && response.getContent().getMediaType(Problem.MEDIA_TYPE) != null
                    && response.getContent().getMediaType(Problem.MEDIA_TYPE).getSchema() == null) {
                response.getContent().getMediaType(Problem.MEDIA_TYPE).setSchema(OASFactory.createSchema().ref(SCHEMA_REF));
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA_REF))));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .addProperty("type", string("Problem type, e.g. " + ProblemType.VALIDATION.uri()).format("uri"))
                .addProperty("title", string("Summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string("What went wrong in this occurrence"))
                .addProperty("instance", string("The request path"))
                .addProperty("requestId", string("The X-Request-Id to quote when reporting the problem"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addRequired("type").addRequired("title").addRequired("status");
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
