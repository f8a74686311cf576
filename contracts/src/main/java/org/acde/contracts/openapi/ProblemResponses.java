package org.acde.contracts.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.acde.contracts.problem.Problem;
import org.acde.contracts.problem.ProblemType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The problem responses every operation can give, so each contract lists them without repeating annotations on every
 * method: 400, 429, 500, 503 and any other status as {@code default} everywhere; 404 on item paths; 413/415 with a
 * body; 412/428 where the operation reads {@code If-Match}; 422 where it takes an {@code Idempotency-Key}; 401/403
 * where a token is required, 401 where one is optional. The generic ones are shared components
 * ({@code components/responses}), each with an example; the {@code Problem} schema lists the problem types of
 * {@link ProblemType} and is open to the extension members problem types add.
 */
final class ProblemResponses {

    static final String SCHEMA_REF = "#/components/schemas/Problem";
    private static final String TYPE_SCHEMA = "ProblemType";
    private static final String EXAMPLE_REQUEST_ID = "3f6c2d1e-8b4a-4c1f-9e2d-7a5b6c4d3e2f";
    private static final String EXAMPLE_PATH = "/api/v1/initiatives/0b1e7a8c-4a8e-4f5b-9a51-3f1d6a0c2e11";

    /** A generic response: its component name, status, problem type and what it means. */
    private record Generic(String name, String status, ProblemType type, String description, String exampleDetail) {
    }

    private static final Map<String, Generic> GENERIC = new LinkedHashMap<>();

    static {
        for (Generic generic : List.of(
                new Generic("BadRequest", "400", ProblemType.VALIDATION,
                        "The request is malformed or fails validation; `errors` names the fields",
                        "title: must not be blank"),
                new Generic("Unauthorized", "401", ProblemType.UNAUTHORIZED, "No valid bearer token",
                        "Send a valid bearer token of the realm acde"),
                new Generic("TokenRefused", "401", ProblemType.UNAUTHORIZED,
                        "The token sent is not valid (send none to be answered as the public)",
                        "The bearer token has expired"),
                new Generic("Forbidden", "403", ProblemType.FORBIDDEN,
                        "The token does not grant this operation on this resource", "Your token does not grant this operation"),
                new Generic("NotFound", "404", ProblemType.NOT_FOUND, "No such resource, or none the caller may see",
                        "Initiative 0b1e7a8c-4a8e-4f5b-9a51-3f1d6a0c2e11 does not exist"),
                new Generic("PreconditionFailed", "412", ProblemType.PRECONDITION_FAILED,
                        "`If-Match` does not match the current ETag: reload and retry",
                        "The resource has changed since you read it (current ETag \"8\"); reload and retry"),
                new Generic("BodyTooLarge", "413", ProblemType.BODY_TOO_LARGE, "The body exceeds the size limit (256 KiB)",
                        "The request body exceeds 262144 bytes"),
                new Generic("UnsupportedMediaType", "415", ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "The body is not application/json", "Send the body as application/json"),
                new Generic("IdempotencyKeyReused", "422", ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "The `Idempotency-Key` was used for another request",
                        "This Idempotency-Key was used for a different request; use a new key for a new request"),
                new Generic("PreconditionRequired", "428", ProblemType.PRECONDITION_REQUIRED, "`If-Match` is required",
                        "Send If-Match with the ETag from your last read of this resource"),
                new Generic("TooManyRequests", "429", ProblemType.TOO_MANY_REQUESTS,
                        "The caller's rate limit at the gateway is exhausted; retry after `Retry-After` seconds",
                        "Rate limit of the partner policy exceeded (600 requests per 60 s)"),
                new Generic("InternalError", "500", ProblemType.INTERNAL,
                        "Unexpected failure; the body carries the request id to quote",
                        "Unexpected failure; quote the request id when reporting it"),
                new Generic("Unavailable", "503", ProblemType.UNAVAILABLE,
                        "Temporarily unavailable (a service, its database or the identity provider); nothing was done:"
                                + " retry after `Retry-After` seconds",
                        "The database is not reachable; retry later"),
                new Generic("OtherProblem", "default", ProblemType.HTTP_ERROR,
                        "Any other failure, as a problem: e.g. 405 (a method the path does not take; `Allow` lists those it"
                                + " does), 406, or 502/504 from the gateway when a service answers badly or too late",
                        "Upstream did not answer in time"))) {
            GENERIC.put(generic.name, generic);
        }
    }

    private final Components components;
    private final HttpHeaders headers;

    ProblemResponses(Components components, HttpHeaders headers) {
        this.components = components;
        this.headers = headers;
    }

    /** The Problem, FieldError and ProblemType schemas. */
    void addSchemas() {
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("A rejected input")
                .addProperty("field", HttpHeaders.string(1000, null)
                        .description("Path of the rejected field in the body (`participatingParties[2]`), or the name of a"
                                + " query or header parameter").examples(List.of("title")))
                .addProperty("message", HttpHeaders.string(1000, null).description("Why it was rejected")
                        .examples(List.of("must not be blank")))
                .addRequired("field").addRequired("message"));
        components.addSchema(TYPE_SCHEMA, problemTypeSchema());
        components.addSchema("Problem", problemSchema());
    }

    /** Adds the problem responses {@code operation} can give, and the Problem schema to those it declares itself. */
    void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        List<String> generic = new ArrayList<>();
        generic.add("BadRequest");
        if (path.contains("{")) {
            generic.add("NotFound");
        }
        switch (TokenUse.of(operation)) {
            case REQUIRED -> {
                generic.add("Unauthorized");
                generic.add("Forbidden");
            }
            case OPTIONAL -> generic.add("TokenRefused");
            case NONE -> {
            }
        }
        if (operation.getRequestBody() != null) {
            generic.add("BodyTooLarge");
            generic.add("UnsupportedMediaType");
        }
        if (hasHeader(operation, HttpHeaders.IF_MATCH)) {
            generic.add("PreconditionFailed");
            generic.add("PreconditionRequired");
        }
        boolean idempotent = hasHeader(operation, "Idempotency-Key");
        if (idempotent && responses.getAPIResponse("422") == null) {
            generic.add("IdempotencyKeyReused");
        }
        generic.add("TooManyRequests");
        generic.add("InternalError");
        if (responses.getAPIResponse("503") == null) {
            generic.add("Unavailable");
        }
        generic.add("OtherProblem");
        for (String name : generic) {
            Generic response = GENERIC.get(name);
            if (responses.getAPIResponse(response.status) == null) {
                if (components.getResponses() == null || !components.getResponses().containsKey(name)) {
                    components.addResponse(name, component(response));
                }
                responses.addAPIResponse(response.status, OASFactory.createAPIResponse().ref(name));
            }
        }
        // Problems documented on an operation itself get the schema, and an example where the type is certain.
        responses.getAPIResponses().forEach((code, response) -> {
            Content content = response.getContent();
            if (response.getRef() != null || content == null || content.getMediaType(Problem.MEDIA_TYPE) == null) {
                return;
            }
            var media = content.getMediaType(Problem.MEDIA_TYPE);
            if (media.getSchema() == null) {
                media.setSchema(OASFactory.createSchema().ref(SCHEMA_REF));
            }
            if ("422".equals(code) && idempotent) {
                response.setDescription(response.getDescription() + "; or the `Idempotency-Key` was used for another"
                        + " request (`urn:acde:problem:idempotency-key-reused`)");
            }
            if ("503".equals(code)) {
                headers.add(response, HttpHeaders.RETRY_AFTER);
            }
            if (media.getExamples() == null && media.getExample() == null) {
                ProblemType type = switch (code) {
                    case "409" -> ProblemType.CONFLICT;
                    case "422" -> ProblemType.UNPROCESSABLE;
                    case "503" -> ProblemType.UNAVAILABLE;
                    default -> null;
                };
                if (type != null) {
                    media.addExample(exampleName(type), OASFactory.createExample().value(example(type, Integer.parseInt(code),
                            response.getDescription())));
                }
            }
        });
    }

    static boolean hasHeader(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return false;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(parameter.getName())) {
                return true;
            }
        }
        return false;
    }

    private APIResponse component(Generic generic) {
        // The catch-all's example is one of the failures it stands for: the gateway's 504.
        ProblemType type = "default".equals(generic.status) ? ProblemType.GATEWAY_TIMEOUT : generic.type;
        int status = type.status();
        Map<String, Object> value = example(type, status, generic.exampleDetail);
        if (generic.type == ProblemType.VALIDATION) {
            Map<String, Object> error = new LinkedHashMap<>(); // ordered, so each build writes the same snapshot
            error.put("field", "title");
            error.put("message", "must not be blank");
            value.put("errors", List.of(error));
        }
        APIResponse response = OASFactory.createAPIResponse().description(generic.description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(SCHEMA_REF))
                        .addExample(exampleName(type), OASFactory.createExample().value(value))));
        if (generic.type == ProblemType.TOO_MANY_REQUESTS || generic.type == ProblemType.UNAVAILABLE) {
            headers.add(response, HttpHeaders.RETRY_AFTER);
        }
        return response;
    }

    private static String exampleName(ProblemType type) {
        return type.uri().toString().substring("urn:acde:problem:".length());
    }

    private static Map<String, Object> example(ProblemType type, int status, String detail) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type.uri().toString());
        value.put("title", type.title());
        value.put("status", status);
        value.put("detail", detail);
        value.put("instance", EXAMPLE_PATH);
        value.put("requestId", EXAMPLE_REQUEST_ID);
        return value;
    }

    /** Every problem type the platform answers with, from {@link ProblemType}. */
    private static Schema problemTypeSchema() {
        List<Object> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        StringBuilder table = new StringBuilder("A problem type (a stable identifier, not a link):");
        for (ProblemType type : ProblemType.values()) {
            values.add(type.uri().toString());
            names.add(type.name());
            String status = type.status() == 0 ? "any other status" : Integer.toString(type.status());
            descriptions.add(status + ": " + type.title());
            table.append("\n- `").append(type.uri()).append("` (").append(status).append("): ").append(type.title());
        }
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")
                .description(table.toString())
                .enumeration(values)
                .addExtension("x-enum-varnames", names)
                .addExtension("x-enum-descriptions", descriptions);
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. A problem type may add members of its own, listed here as they are"
                        + " known (`allowed`, `currentStatus`, `revocationReason`); read others as extensions.")
                .addProperty("type", OASFactory.createSchema().ref("#/components/schemas/" + TYPE_SCHEMA))
                .addProperty("title", HttpHeaders.string(200, null).description("Summary of the problem type")
                        .examples(List.of(ProblemType.VALIDATION.title())))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599))
                        .description("The HTTP status code").examples(List.of(400)))
                .addProperty("detail", HttpHeaders.string(2000, null).description("What went wrong in this occurrence"))
                .addProperty("instance", HttpHeaders.string(2000, null).format("uri-reference")
                        .description("The request path").examples(List.of("/api/v1/initiatives")))
                .addProperty("requestId", HttpHeaders.string(128, null)
                        .description("The X-Request-Id of the request, to quote when reporting the problem"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("The rejected inputs, for validation problems")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("allowed", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("On a refused status change (409): the statuses allowed from the current one")
                        .items(HttpHeaders.string(40, null)))
                .addProperty("currentStatus", HttpHeaders.string(40, null)
                        .description("On a conflict with the resource's status (409): its current status"))
                .addProperty("revocationReason", HttpHeaders.string(1000, null)
                        .description("On revoking a revoked certificate (409): why it was revoked"))
                .additionalPropertiesBoolean(Boolean.TRUE)
                .addRequired("type").addRequired("title").addRequired("status");
    }
}
