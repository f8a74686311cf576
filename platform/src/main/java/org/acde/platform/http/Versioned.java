package org.acde.platform.http;

import org.acde.contracts.http.ETags;
import org.jboss.resteasy.reactive.RestResponse;

/** A representation with the version it was read at, answered with that version as its ETag. */
public record Versioned<T>(T body, long version) {

    /** {@code body} of {@code entity}, with a version that counts its pending changes (see {@link EntityVersion}). */
    public static <T> Versioned<T> of(T body, Object entity) {
        return new Versioned<>(body, EntityVersion.current(entity));
    }

    public RestResponse<T> toResponse() {
        return RestResponse.ResponseBuilder.ok(body).header("ETag", ETags.of(version)).build();
    }
}
