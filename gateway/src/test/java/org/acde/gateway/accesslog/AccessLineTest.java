package org.acde.gateway.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.acde.gateway.accesslog.ApiAccessLog.Line;
import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpVersion;

/** The line as Quarkus's pattern {@code %h "%r" %s %b %D ms rid=%{i,X-Request-Id}} writes it; no Quarkus. */
class AccessLineTest {

    @Test
    void writesEveryFieldOfThePattern() {
        Line line = new Line("10.0.0.7", "POST", "/api/v1/interests?x=1", HttpVersion.HTTP_1_1, 201, 734,
                TimeUnit.MICROSECONDS.toNanos(12_900), "rid-1");

        assertThat(line.format()).isEqualTo("10.0.0.7 \"POST /api/v1/interests?x=1 HTTP/1.1\" 201 734 12 ms rid=rid-1");
    }

    @Test
    void writesADashForWhatIsNotKnownOrNothing() {
        Line line = new Line(null, "GET", "/api/v1/initiatives", HttpVersion.HTTP_2, 304, 0, 0, null);

        assertThat(line.format()).isEqualTo("- \"GET /api/v1/initiatives HTTP/2\" 304 - 0 ms rid=-");
    }
}
