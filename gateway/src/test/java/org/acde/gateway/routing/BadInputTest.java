package org.acde.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.acde.testing.RawHttp;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The "Bad input" list, one case each: a clear problem from the gateway, never a hang or a leak. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class BadInputTest {

    @TestHTTPResource("/")
    URI gateway;

    @BeforeEach
    void reset() {
        UpstreamStubs.resetAll();
        upstream("initiatives").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    private HttpResponse<String> send(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(gateway.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pathTraversalIsRefusedBeforeRoutingOrTokenChecks() throws Exception {
        for (String path : new String[] { "/api/v1/../q/health", "/api/v1/initiatives/%2e%2e/%2e%2e/q/metrics",
                "/api/v1/reference/../../q/openapi" }) {
            String answer = RawHttp.verbatim(gateway, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(RawHttp.status(answer)).as(path).isEqualTo(400);
            assertThat(answer).as(path).contains("application/problem+json").contains("urn:acde:problem:malformed-request")
                    .doesNotContain("jvm_");
        }
        upstream("initiatives").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void encodedSlashesBackslashesAndControlCharactersAreRefused() throws Exception {
        for (String path : new String[] { "/api/v1/initiatives/a%2Fb", "/api/v1/initiatives/a%5Cb",
                "/api/v1/initiatives/a%0d%0aSet-Cookie:%20x=1", "/api/v1/initiatives/a%00" }) {
            HttpResponse<String> response = send(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
        upstream("initiatives").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void headerInjectionWithABareLineBreakIsA400() throws Exception {
        String answer = RawHttp.verbatim(gateway, "GET /api/v1/reference/parties HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Note: a\rInjected: b\r\nConnection: close\r\n\r\n");
        assertThat(RawHttp.status(answer)).isEqualTo(400);
        upstream("initiatives").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anInjectedRequestIdIsReplacedNotForwarded() {
        given().header("X-Request-Id", "abc\tSet-Cookie: x=1").get("/api/v1/reference/parties")
                .then().statusCode(200).header("X-Request-Id", not(containsString("Set-Cookie")));
    }

    @Test
    void oversizedHeadersAreA431() throws Exception {
        String answer = RawHttp.verbatim(gateway, "GET /api/v1/reference/parties HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Big: " + "a".repeat(40_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(RawHttp.status(answer)).isEqualTo(431);
        upstream("initiatives").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anOversizedBodyWithItsLengthIsA413Problem() {
        given().auth().oauth2(Tokens.secretariat()).contentType("application/json").body("x".repeat(300 * 1024))
                .post("/api/v1/initiatives")
                .then().statusCode(413).contentType("application/problem+json").body("type", is("urn:acde:problem:body-too-large"));
        upstream("initiatives").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anAbsurdContentLengthIsRefused() throws Exception {
        for (String length : new String[] { "99999999999999999999999", "-5", "12abc" }) {
            String answer = RawHttp.verbatim(gateway, "POST /api/v1/initiatives HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Tokens.secretariat() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n{}");
            assertThat(RawHttp.status(answer)).as(length).isIn(400, 413);
        }
        upstream("initiatives").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anOversizedChunkedBodyIsCutOffWithA413Problem() throws Exception {
        upstream("initiatives").stubFor(post(urlEqualTo("/api/v1/initiatives")).willReturn(aResponse().withStatus(201)));
        byte[] chunk = ("4000\r\n" + "x".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[][] body = new byte[20][];
        java.util.Arrays.fill(body, chunk);
        String answer = RawHttp.verbatim(gateway, "POST /api/v1/initiatives HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Tokens.secretariat() + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", body);
        assertThat(RawHttp.status(answer)).isEqualTo(413);
        assertThat(answer).contains("urn:acde:problem:body-too-large");
    }

    @Test
    void aChunkedBodyWithinTheLimitStreamsThrough() throws Exception {
        upstream("initiatives").stubFor(post(urlEqualTo("/api/v1/initiatives")).willReturn(aResponse().withStatus(201)));
        String answer = RawHttp.verbatim(gateway, "POST /api/v1/initiatives HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Tokens.secretariat() + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
                "2\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(RawHttp.status(answer)).isEqualTo(201);
    }

    @Test
    void aSlowUpstreamIsA504Problem() {
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/slow/things"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/slow/things").then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", is("urn:acde:problem:gateway-timeout"))
                .body("detail", is("The slow service did not answer in time"));
    }

    @Test
    void aSlowUpstreamIsA504ProblemForCallersAskingForAnHttp2UpgradeToo() throws Exception {
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/slow/h2"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/slow/h2"))
                .header("Authorization", "Bearer " + Tokens.secretariat()).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.body()).contains("urn:acde:problem:gateway-timeout");
    }

    @Test
    void anUpstreamAnsweringGarbageIsA502Problem() {
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/initiatives/garbage"))
                .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
        given().get("/api/v1/initiatives/garbage").then().statusCode(502).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:bad-gateway"));
    }

    @Test
    void aBodyThatBreaksBeforeAnyOfItWasForwardedIsA502Problem() {
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/initiatives/midway"))
                .willReturn(aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        // The upstream's status line came, its first chunk was garbage: nothing reached the caller yet, so the whole
        // answer can still be a problem (a body already being forwarded is broken off instead: see the stalling case).
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/initiatives/midway").then().statusCode(502)
                .contentType("application/problem+json").body("type", is("urn:acde:problem:bad-gateway"))
                .header("Transfer-Encoding", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anUpstreamThatStallsMidBodyIsCutOffAtItsTimeout() {
        assertAborted(HttpClient.Version.HTTP_1_1, "/api/v1/stalling/items");
        assertAborted(HttpClient.Version.HTTP_2, "/api/v1/stalling/items");
    }

    @Test
    void aCallerHangingUpMidBodyIsNotMistakenForASilentUpstream() throws Exception {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger silentBodies = Logger.getLogger(SilentBodies.class.getName());
        silentBodies.addHandler(capture);
        try {
            hangUpMidBody();
            // Each ended because the caller left, not by the silence timer, which would have logged this first.
            assertThat(warnings).noneMatch(message -> message.contains("went silent"));
        } finally {
            silentBodies.removeHandler(capture);
        }
    }

    /** Reads the head and the first piece of a body the upstream sends in pieces, then hangs up. */
    private void hangUpMidBody() throws Exception {
        try (Socket caller = new Socket(gateway.getHost(), gateway.getPort())) {
            caller.getOutputStream().write(("GET /api/v1/stalling/dribble HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Tokens.secretariat() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            StringBuilder received = new StringBuilder();
            InputStream in = caller.getInputStream();
            for (int c; !received.toString().endsWith("0123456789") && (c = in.read()) >= 0;) {
                received.append((char) c);
            }
            assertThat(received.toString()).startsWith("HTTP/1.1 200");
        }
        // Either the gateway ends the exchange or the upstream finishes its 2 s body: the silence timer (1 s on this
        // route) would have fired and logged first.
        await().atMost(Duration.ofSeconds(30)).until(() -> UpstreamStubs.stalling().openConnections() == 0);
    }

    @Test
    void anErrorBodyThatStallsBecomesAProblem() {
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/stalling/error").then().statusCode(502)
                .contentType("application/problem+json").body("type", is("urn:acde:problem:bad-gateway"));
    }

    /** The caller's response breaks off: an I/O failure, not a complete-looking body and not a hang. */
    private void assertAborted(HttpClient.Version version, String path) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Tokens.secretariat()).build();
        assertThatThrownBy(() -> HttpClient.newBuilder().version(version).build().send(request, HttpResponse.BodyHandlers.ofString()))
                .as(version.toString()).isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void invalidErrorBodiesFromAnUpstreamAreReplacedWithoutLeakingIt() {
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/initiatives/html-error"))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                        .withBody("<html>java.lang.NullPointerException at db-internal-7.acde.local:5432</html>")));
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/initiatives/broken-problem"))
                .withHeader("Accept", com.github.tomakehurst.wiremock.client.WireMock.matching(".*"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:acde:problem:not-found\",")));
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/initiatives/good-problem"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:acde:problem:conflict\",\"status\":409}")));

        given().get("/api/v1/initiatives/html-error").then().statusCode(502).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:bad-gateway"))
                .body(not(containsString("db-internal-7")));
        given().get("/api/v1/initiatives/broken-problem").then().statusCode(404).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:not-found"))
                .body("detail", is("The initiatives service answered 404 without a valid problem document"));
        given().get("/api/v1/initiatives/good-problem").then().statusCode(409).body("type", is("urn:acde:problem:conflict"));
    }
}
