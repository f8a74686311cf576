package org.acde.kernel.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.Problem;
import org.acde.contracts.problem.ProblemType;
import org.acde.kernel.i18n.RequestLanguage;
import org.acde.kernel.request.RequestId;

/** Builds problem responses; the one place that decides how a problem looks on the wire. */
public final class Problems {

    private Problems() {
    }

    public static Problem of(ProblemType type, int status, String detail, String instance, List<FieldError> errors,
            Map<String, Object> extensions) {
        String title = type == ProblemType.HTTP_ERROR ? Response.Status.Family.familyOf(status) + " " + status
                : type.title(RequestLanguage.current());
        return new Problem(type.uri(), title, status, detail, instance, RequestId.current(), errors,
                extensions == null ? Map.of() : withoutStandardMembers(extensions));
    }

    /** Extension members may add to a problem, never override its standard members. */
    private static Map<String, Object> withoutStandardMembers(Map<String, Object> extensions) {
        Map<String, Object> kept = new java.util.LinkedHashMap<>(extensions);
        kept.keySet().removeAll(java.util.Set.of("type", "title", "status", "detail", "instance", "requestId", "errors"));
        return kept;
    }

    public static Response response(ProblemType type, int status, String detail, String instance, List<FieldError> errors,
            Map<String, Object> extensions) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(of(type, status, detail, instance, errors, extensions))
                .build();
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(type, type.status(), detail, instance, List.of(), Map.of());
    }
}
