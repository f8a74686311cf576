package org.acde.contracts.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, served as {@code application/problem+json}.
 * {@code extensions} carries problem-type specific members (e.g. {@code allowed} transitions) at the top level.
 */
@JsonInclude(Include.NON_EMPTY)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "requestId", "errors" })
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Identifies the problem type", examples = "urn:acde:problem:validation") URI type,
        @Schema(description = "Short summary of the problem type, in the language of `Accept-Language` (English by default, `Content-Language` says which); `type` is the same in every language", examples = "Request validation failed") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "What went wrong in this occurrence") String detail,
        @Schema(description = "The request path this occurrence is about", examples = "/api/v1/initiatives") String instance,
        @Schema(description = "The X-Request-Id of the request, to quote when reporting it") String requestId,
        @Schema(description = "Rejected fields, for validation problems") List<FieldError> errors,
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonAnyGetter
    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
