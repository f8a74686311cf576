package org.acde.gateway.accesslog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.acde.gateway.routing.UpstreamStubs;
import org.awaitility.Awaitility;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every request gets one access-log line: API requests from the gateway's own writer thread, others from Quarkus. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class ApiAccessLogTest {

    private static final Logger ACCESS_LOG = Logger.getLogger(ApiAccessLog.CATEGORY);

    private final List<ExtLogRecord> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {

        @Override
        public void publish(LogRecord record) {
            lines.add((ExtLogRecord) record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        UpstreamStubs.resetAll();
        ACCESS_LOG.addHandler(capture);
    }

    @AfterEach
    void release() {
        ACCESS_LOG.removeHandler(capture);
    }

    @Test
    void aProxiedRequestIsLoggedOnceOffTheEventLoopWithItsRequestId() {
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/reference/parties?asOf=2024-10-10")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"total\":12}")));
        String id = "log-" + UUID.randomUUID();

        given().header("X-Request-Id", id).get("/api/v1/reference/parties?asOf=2024-10-10").then().statusCode(200);

        ExtLogRecord line = onlyLineOf(id);
        assertThat(line.getMessage()).matches("(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1) "
                + "\"GET /api/v1/reference/parties\\?asOf=2024-10-10 HTTP/1\\.1\" 200 12 \\d+ ms rid=" + id);
        assertThat(line.getThreadName()).isEqualTo("acde-access-log");
        assertThat(line.getMdc(org.acde.kernel.request.RequestId.MDC_KEY)).isEqualTo(id);
    }

    @Test
    void anApiRequestRefusedBeforeAnyRouteIsLoggedOnce() {
        String id = "log-" + UUID.randomUUID();

        given().header("X-Request-Id", id).auth().oauth2("not-a-token").get("/api/v1/initiatives").then().statusCode(401);

        assertThat(onlyLineOf(id).getMessage()).contains("\"GET /api/v1/initiatives HTTP/1.1\" 401 ");
    }

    @Test
    void theGatewaysOtherPathsKeepQuarkussAccessLog() {
        String id = "log-" + UUID.randomUUID();

        given().header("X-Request-Id", id).get("/no-such-page").then().statusCode(404);

        ExtLogRecord line = onlyLineOf(id);
        assertThat(line.getMessage()).contains("\"GET /no-such-page HTTP/1.1\" 404 ");
        assertThat(line.getThreadName()).isNotEqualTo("acde-access-log");
    }

    /**
     * The request's one line. Quarkus would log a second one on the event loop as the response ends, before the
     * gateway's writer can have logged its own, so once one is there any second is too.
     */
    private ExtLogRecord onlyLineOf(String requestId) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> !linesOf(requestId).isEmpty());
        List<ExtLogRecord> logged = linesOf(requestId);
        assertThat(logged).hasSize(1);
        return logged.get(0);
    }

    private List<ExtLogRecord> linesOf(String requestId) {
        return lines.stream().filter(line -> line.getMessage().endsWith(" rid=" + requestId)).toList();
    }
}
