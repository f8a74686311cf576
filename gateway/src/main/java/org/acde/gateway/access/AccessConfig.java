package org.acde.gateway.access;

import java.util.List;

import io.smallrye.config.ConfigMapping;

/** What anonymous callers may do at the edge. */
@ConfigMapping(prefix = "acde.gateway.access")
public interface AccessConfig {

    /**
     * Requests anonymous callers may make, as {@code METHOD /path}: {@code *} stands for one path segment, a
     * trailing {@code /**} for the path itself and anything below it. {@code GET} also allows {@code HEAD}.
     */
    List<String> anonymous();
}
