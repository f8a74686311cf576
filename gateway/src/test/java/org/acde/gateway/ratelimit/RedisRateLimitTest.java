package org.acde.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;
import java.util.UUID;

import org.acde.gateway.routing.UpstreamStubs;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;

/** Buckets shared in the real Redis on 127.0.0.1:6379, as several gateway replicas would share them. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
@TestProfile(RedisRateLimitTest.InRedis.class)
class RedisRateLimitTest {

    public static class InRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A slow first Redis call lets the request through unlimited (the limiter fails open), which these
            // cases would read as a wrong limit: the profile's fresh application gets 10 s for it.
            return Map.of("acde.gateway.rate-limit.redis-url", LocalRedis.URL, "acde.gateway.rate-limit.redis-timeout", "10s",
                    "acde.gateway.rate-limit.policies.anonymous.limit", "2");
        }
    }

    @BeforeEach
    void stub() {
        UpstreamStubs.resetAll();
        upstream("initiatives").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Test
    void aClientsBucketLivesInRedis() {
        String client = "redis-rate-" + UUID.randomUUID();
        String token = Tokens.token(client, null, null);
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(token).get("/api/v1/initiatives").then().statusCode(200)
                    .header("RateLimit", matchesPattern("\"client\";r=" + remaining + ";t=\\d+"));
        }
        given().auth().oauth2(token).get("/api/v1/initiatives").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", is("urn:acde:problem:too-many-requests"));

        String key = "acde:gateway:rate-limit:client:client:" + client;
        assertThat(LocalRedis.send(Command.EXISTS, key).toLong()).as(key).isEqualTo(1L);
    }

    @Test
    void aBucketAnotherReplicaEmptiedIsEmptyHere() {
        String client = "redis-rate-" + UUID.randomUUID();
        // Another replica took the client's 3 tokens just now: its bucket is full again in a minute.
        long now = LocalRedis.now();
        LocalRedis.send(Command.SET, "acde:gateway:rate-limit:client:client:" + client, Long.toString(now + 60_000_000), "PX", "60000");
        given().auth().oauth2(Tokens.token(client, null, null)).get("/api/v1/initiatives").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("RateLimit", matchesPattern("\"client\";r=0;t=\\d+"));
    }

    @Test
    void anonymousCallersAreLimitedPerAddress() {
        for (Response key : LocalRedis.send(Command.KEYS, "acde:gateway:rate-limit:anonymous:*")) {
            LocalRedis.send(Command.DEL, key.toString());
        }
        given().get("/api/v1/initiatives").then().statusCode(200).header("RateLimit-Policy", is("\"anonymous\";q=2;w=60"));
        given().get("/api/v1/initiatives").then().statusCode(200);
        given().get("/api/v1/initiatives").then().statusCode(429).contentType("application/problem+json");
    }
}
