package org.acde.platform.http;

import java.net.URI;

import org.acde.contracts.http.ETags;
import org.jboss.resteasy.reactive.RestResponse;

/** What a creating POST answers: 201 with the new resource, its location and its ETag. */
public record Created<T>(URI location, long version, T body) {

    public RestResponse<T> toResponse() {
        return RestResponse.ResponseBuilder.<T> created(location).entity(body)
                .header("ETag", ETags.of(version)).build();
    }
}
