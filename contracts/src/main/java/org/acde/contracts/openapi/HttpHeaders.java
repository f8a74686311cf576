package org.acde.contracts.openapi;

import java.util.List;
import java.util.stream.Collectors;

import org.acde.contracts.http.IdempotencyKeys;
import org.acde.contracts.i18n.Languages;
import org.acde.contracts.validation.LanguageTag;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The HTTP headers of the platform's conventions, as shared components of each contract ({@code components/headers},
 * {@code components/parameters}), added to a contract only where it uses them.
 */
final class HttpHeaders {

    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String LINK = "Link";
    static final String RATE_LIMIT = "RateLimit";
    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    static final String RETRY_AFTER = "Retry-After";
    static final String IF_MATCH = "If-Match";
    static final String ACCEPT_LANGUAGE = "Accept-Language";
    static final String CONTENT_LANGUAGE = "Content-Language";
    static final String VARY = "Vary";
    static final String REQUEST_ID = "X-Request-Id";

    private final Components components;

    HttpHeaders(Components components) {
        this.components = components;
    }

    /** Adds {@code header} (a component, added on first use) to {@code response}; {@code required} if always sent. */
    void add(APIResponse response, String header) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(header)) {
            return;
        }
        if (components.getHeaders() == null || !components.getHeaders().containsKey(header)) {
            components.addHeader(header, component(header));
        }
        response.addHeader(header, OASFactory.createHeader().ref(header));
    }

    /** The optional {@code X-Request-Id} request header, as a shared parameter. */
    Parameter requestIdParameter() {
        if (components.getParameters() == null || !components.getParameters().containsKey(REQUEST_ID)) {
            components.addParameter(REQUEST_ID, OASFactory.createParameter().name(REQUEST_ID)
                    .in(Parameter.In.HEADER)
                    .description("Your id for this request, to find it in our logs: echoed in the answer's"
                            + " `X-Request-Id` and in problems when it has this form; otherwise the platform makes one up")
                    .schema(requestIdSchema()));
        }
        return OASFactory.createParameter().ref(REQUEST_ID);
    }

    /** The optional {@code Accept-Language} request header, as a shared parameter. */
    Parameter acceptLanguageParameter() {
        String name = ACCEPT_LANGUAGE;
        if (components.getParameters() == null || !components.getParameters().containsKey(name)) {
            components.addParameter(name, OASFactory.createParameter().name(name).in(Parameter.In.HEADER)
                    .description("The languages you read, as browsers send them (RFC 9110, with q-values): labels of"
                            + " reference data, statistics and CSV headers, and the `title` of a problem of any operation,"
                            + " come in the best"
                            + " match among " + languages() + " (`zh-CN` or `zh-Hans` match `zh`), in English when nothing"
                            + " matches. A malformed or overlong value is read as no preference, never refused. Text that"
                            + " clients wrote (titles, summaries) and a problem's `detail` are returned as they are.")
                    .schema(string(Languages.MAX_HEADER_LENGTH, null).examples(List.of("zh-CN,zh;q=0.9,en;q=0.8"))));
        }
        return OASFactory.createParameter().ref(name);
    }

    private static String languages() {
        return Languages.supported().stream().map(language -> "`" + language.toLanguageTag() + "`")
                .collect(Collectors.joining(", "));
    }

    /** What the server takes in {@code If-Match}: required wherever an operation reads it (428 without it). */
    static void describeIfMatch(Parameter parameter) {
        parameter.required(true)
                .description("The `ETag` of your last read of this resource (or `*`, or a comma-separated list of ETags)."
                        + " Without it the answer is 428; with a stale one, 412.")
                .schema(string(200, null).examples(List.of("\"7\"")));
    }

    /**
     * What the server takes in {@code Idempotency-Key}, as {@link IdempotencyKeys} checks it; {@code creates}: the
     * operation answers 201 (an enrolment batch answers 200 and replays its body only).
     */
    static void describeIdempotencyKey(Parameter parameter, boolean creates) {
        parameter.required(false)
                .description("Makes retries safe: the same key with the same body, from the same client within 48 hours,"
                        + (creates ? " answers the first 201 again (same `Location`, `ETag` and body) instead of creating another;"
                                : " answers the first 200 again (same body) instead of doing the work again;")
                        + " the same key with another body is a 422 (`urn:acde:problem:idempotency-key-reused`). 1 to 255"
                        + " visible ASCII characters; a UUID is a good choice.")
                .schema(string(255, "^[\\x21-\\x7E]{1,255}$").minLength(1)
                        .examples(List.of("5b0c6a0e-2f3d-4c59-9a8e-0e6f6c1d2b7a")));
    }

    private static Header component(String name) {
        return switch (name) {
            case ETAG -> header("The resource's version as an entity tag; send it in `If-Match` to change the resource",
                    string(20, "^\"[0-9]{1,18}\"$").examples(List.of("\"7\"")));
            case LOCATION -> header("Path of the created resource",
                    string(2000, null).format("uri-reference").examples(List.of("/api/v1/initiatives/0b1e7a8c-4a8e-4f5b-9a51-3f1d6a0c2e11")));
            case LINK -> header("RFC 8288 link to the next page (`rel=\"next\"`, a path with the query), when there is one",
                    string(4000, null).examples(List.of("</api/v1/initiatives?cursor=eyJrIjpbIjIwMjYtMDMtMDEiXX0.c2ln&limit=20>; rel=\"next\"")));
            case RATE_LIMIT -> header("The caller's remaining quota (IETF RateLimit header fields draft):"
                    + " `\"<policy>\";r=<requests left>;t=<seconds until the quota is full again>`. Sent on every answer that"
                    + " passed the gateway's rate limiter",
                    string(200, null).examples(List.of("\"partner\";r=597;t=1")));
            case RATE_LIMIT_POLICY -> header("The caller's quota policy (IETF RateLimit header fields draft):"
                    + " `\"<policy>\";q=<requests>;w=<window in seconds>`; the policy is `anonymous` (per IP address),"
                    + " `secretariat`, `agency`, `partner` or `client` (per OAuth2 client). Sent with `RateLimit`",
                    string(200, null).examples(List.of("\"partner\";q=600;w=60")));
            case RETRY_AFTER -> header("Seconds to wait before sending the request again",
                    OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32").minimum(java.math.BigDecimal.ONE)
                            .maximum(java.math.BigDecimal.valueOf(86400)).examples(List.of(2)));
            case CONTENT_LANGUAGE -> header("The language of the labels and problem title in this answer, negotiated from"
                    + " `Accept-Language`; sent when the body depends on it",
                    string(LanguageTag.MAX_LENGTH, LanguageTag.PATTERN).examples(List.of("zh")));
            case VARY -> header("`Accept-Language` when the body depends on the request's language, beside what else it"
                    + " depends on (e.g. `Origin`)", string(200, null).examples(List.of("Accept-Language")));
            case REQUEST_ID -> header("The request's id: yours if you sent an acceptable one, else a UUID. Quote it"
                    + " when reporting a problem", requestIdSchema());
            default -> throw new IllegalArgumentException("No header component " + name);
        };
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema requestIdSchema() {
        return string(128, "^[A-Za-z0-9._:-]{1,128}$").examples(List.of("3f6c2d1e-8b4a-4c1f-9e2d-7a5b6c4d3e2f"));
    }

    static Schema string(int maxLength, String pattern) {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(maxLength);
        return pattern == null ? schema : schema.pattern(pattern);
    }
}
