package org.acde.platform.http;

import java.net.URI;

import org.acde.contracts.http.ETags;
import org.jboss.resteasy.reactive.RestResponse;

/** What a creating POST answers: 201 with the new resource, its location and its ETag. */
public record Created<T>(URI location, long version, T body) {

    /** The new {@code entity} at {@code location}, written to the database so its version is the one stored. */
    public static <T> Created<T> of(URI location, Object entity, T body) {
        return new Created<>(location, EntityVersion.current(entity), body);
    }

    public RestResponse<T> toResponse() {
        return RestResponse.ResponseBuilder.<T> created(location).entity(body)
                .header("ETag", ETags.of(version)).build();
    }
}
