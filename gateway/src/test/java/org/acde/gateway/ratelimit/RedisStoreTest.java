package org.acde.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.acde.gateway.routing.UpstreamStubs;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.redis.client.Command;

/**
 * What the shared buckets cost and how they fail, with {@link RedisFront} between the gateway and Redis: at most one
 * round trip per request while Redis answers; requests pass unlimited, counted by reason, when it is slow and then down.
 * The cases run in order on one application: Redis answers, then goes silent, then goes away.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
@TestProfile(RedisStoreTest.ThroughFront.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisStoreTest {

    private static final Pattern FAILURES = Pattern.compile(
            "^acde_gateway_rate_limit_store_failures_total\\{reason=\"(timeout|error)\"[^}]*} (\\S+)$", Pattern.MULTILINE);

    public static class ThroughFront implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A cold application's first Redis calls must not time out while Redis answers; the silent case then
            // waits this long once.
            return Map.of("acde.gateway.rate-limit.redis-timeout", "2s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RedisFront.class));
        }
    }

    @BeforeEach
    void stub() {
        UpstreamStubs.resetAll();
        upstream("initiatives").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Test
    @Order(1)
    void anAnsweredRequestCostsOneRoundTripAndAnEmptyBucketNone() {
        // Warm up: the connection's handshake, and EVAL loading the script if this Redis has not seen it yet.
        await().untilAsserted(() -> given().auth().oauth2(Tokens.token("warm-" + UUID.randomUUID(), null, null))
                .get("/api/v1/initiatives").then().statusCode(200).header("RateLimit", notNullValue()));
        RedisFront.takeCommands();

        // 3 admitted (the last one empties the bucket), then refused without asking Redis.
        String token = Tokens.token("trips-" + UUID.randomUUID(), null, null);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/v1/initiatives").then().statusCode(200);
        }
        given().auth().oauth2(token).get("/api/v1/initiatives").then().statusCode(429);
        given().auth().oauth2(token).get("/api/v1/initiatives").then().statusCode(429);
        assertThat(RedisFront.takeCommands()).isEqualTo(Collections.nCopies(3, "EVALSHA"));

        // A bucket another replica emptied: Redis refuses once, this replica then knows.
        String elsewhere = "elsewhere-" + UUID.randomUUID();
        long now = LocalRedis.now();
        LocalRedis.send(Command.SET, "acde:gateway:rate-limit:client:client:" + elsewhere, Long.toString(now + 60_000_000), "PX", "60000");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.token(elsewhere, null, null)).get("/api/v1/initiatives").then().statusCode(429)
                    .header("RateLimit", matchesPattern("\"client\";r=0;t=\\d+"));
        }
        assertThat(RedisFront.takeCommands()).isEqualTo(List.of("EVALSHA"));
    }

    @Test
    @Order(2)
    void whileRedisDoesNotAnswerRequestsPassUnlimitedAndCountAsTimeouts() {
        Map<String, Double> before = failures();
        RedisFront.goSilent();
        String token = Tokens.token("silent-" + UUID.randomUUID(), null, null);
        // More than the client policy's 3: none is limited. The first waits for the timeout, the next ones skip Redis.
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).get("/api/v1/initiatives").then().statusCode(200)
                    .header("RateLimit", nullValue()).header("RateLimit-Policy", nullValue());
        }
        Map<String, Double> after = failures();
        assertThat(after.get("timeout") - before.get("timeout")).isEqualTo(5.0);
        assertThat(after.get("error")).isEqualTo(before.get("error"));
    }

    @Test
    @Order(3)
    void whileRedisIsDownRequestsPassUnlimitedAndCountAsErrorsAndTheGatewayStaysReady() throws Exception {
        Map<String, Double> before = failures();
        RedisFront.goDown();
        String token = Tokens.token("down-" + UUID.randomUUID(), null, null);
        int[] sent = { 0 };
        // Requests during the back-off the silent case started count as timeouts; once it is over, Redis is asked
        // again and its closed port counts as an error.
        await().untilAsserted(() -> {
            sent[0]++;
            given().auth().oauth2(token).get("/api/v1/initiatives").then().statusCode(200).header("RateLimit", nullValue());
            assertThat(failures().get("error")).isGreaterThan(before.get("error"));
        });
        Map<String, Double> after = failures();
        assertThat(after.get("timeout") - before.get("timeout") + after.get("error") - before.get("error")).isEqualTo(sent[0]);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static Map<String, Double> failures() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> counts = new HashMap<>();
        Matcher matcher = FAILURES.matcher(metrics);
        while (matcher.find()) {
            counts.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        assertThat(counts).containsOnlyKeys("timeout", "error");
        return counts;
    }
}
