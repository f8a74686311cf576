package org.acde.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With tracing switched on, the gateway's call to the upstream continues the caller's trace as a span of its own. */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@QuarkusTestResource(UpstreamStubs.class)
class TracingTest {

    /** The SDK on, as in an environment with a collector; no exporter, since no collector listens here. */
    public static class TracingOn implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.enabled", "false");
        }
    }

    @Test
    void theUpstreamCallContinuesTheCallersTrace() {
        UpstreamStubs.resetAll();
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/initiatives"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")));

        given().header("traceparent", RoutingTest.TRACE_PARENT).get("/api/v1/initiatives").then().statusCode(200);

        List<String> forwarded = upstream("initiatives").findAll(getRequestedFor(urlEqualTo("/api/v1/initiatives"))).get(0)
                .getHeaders().getHeader("traceparent").values();
        assertThat(forwarded).as("one trace context, the gateway's").hasSize(1);
        String[] caller = RoutingTest.TRACE_PARENT.split("-");
        String[] sent = forwarded.get(0).split("-");
        assertThat(sent).hasSize(4);
        assertThat(sent[1]).as("trace id").isEqualTo(caller[1]);
        assertThat(sent[2]).as("parent span id: the gateway's own span").matches("[0-9a-f]{16}").isNotEqualTo(caller[2]);
        assertThat(sent[3]).as("sampled, as the caller asked").isEqualTo("01");
    }
}
