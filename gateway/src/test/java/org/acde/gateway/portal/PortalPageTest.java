package org.acde.gateway.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.acde.gateway.routing.UpstreamStubs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The developer portal as a person sees it: rendered by Debian's headless Chromium, its DOM read back and a
 * screenshot left at {@code gateway/target/portal.png}. With the default settings it shows no demo credentials
 * ({@link PortalDemoCredentialsTest} has them on).
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class PortalPageTest {

    @TestHTTPResource("/")
    URI portal;

    /** A page, not an API operation: links to it may carry parameters of their own. */
    @Test
    void linksMayCarryParametersOfTheirOwn() {
        given().queryParam("utm_source", "newsletter").get("/").then().statusCode(200).contentType(ContentType.HTML);
    }

    @Test
    void showsTheApiItsServicesWithTheirStateATokenRecipeAndTheLimits() throws Exception {
        UpstreamStubs.resetAll();
        upstream("initiatives").stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\"}")));
        upstream("matchmaking").stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(503)));

        Path profile = Files.createTempDirectory("chromium-profile");
        Path screenshot = Path.of("target", "portal.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        String dom = chromium(profile, "--dump-dom", portal.toString());
        chromium(profile, "--screenshot=" + screenshot, "--window-size=1280,1800", portal.toString());

        Document page = Jsoup.parse(dom);
        assertThat(page.title()).isEqualTo("ACDE Hub API — developer portal");
        assertThat(page.select("a#swagger-ui").attr("href")).isEqualTo("/q/swagger-ui/");
        assertThat(page.select("tr.service[data-name=initiatives] td.status").text()).contains("up");
        assertThat(page.select("tr.service[data-name=matchmaking] td.status").text()).contains("unavailable");
        assertThat(page.select("tr.service[data-name=offline] td.status").text()).contains("unavailable");
        assertThat(page.select("tr.service[data-name=stalling] td.status").text()).contains("unavailable");
        assertThat(page.select("tr.service[data-name=capacity] a").attr("href")).isEqualTo("/openapi/capacity");
        assertThat(page.select("#token pre").text())
                .contains("curl -s -X POST http://")
                .contains("/protocol/openid-connect/token")
                .contains("grant_type=client_credentials")
                .contains("Authorization: Bearer $TOKEN");
        assertThat(page.select("tr.limit").eachText()).anySatisfy(row -> assertThat(row).startsWith("anonymous"));
        assertThat(page.select("#anonymous li").eachText())
                .contains("GET /api/v1/reference/parties", "GET /api/v1/initiatives/{id}", "POST /api/v1/certificates/verify")
                .doesNotContain("POST /api/v1/initiatives", "GET /api/v1/enterprises");
        assertThat(page.select("#events pre").text()).contains("/api/v1/events/head", "/api/v1/webhooks");
        // The verification snippets, exactly as docs/webhooks holds them (and e2e runs them).
        assertThat(page.select("#verify-java").first().wholeText())
                .isEqualTo(Files.readString(Path.of("../docs/webhooks/VerifyWebhook.java")));
        assertThat(page.select("#verify-node").first().wholeText())
                .isEqualTo(Files.readString(Path.of("../docs/webhooks/verify-webhook.mjs")));
        // Not in local development mode (the default): no demo credentials, not a trace of their secrets.
        assertThat(page.select("#demo-credentials")).isEmpty();
        assertThat(dom).doesNotContain("-dev-secret").doesNotContain("-dev-password");
        assertThat(screenshot).isNotEmptyFile();
        assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G');
    }

    /** Runs Debian's Chromium headless with a fresh profile and returns what it printed. */
    private static String chromium(Path profile, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(profile, "chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean finished = process.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(finished).as("Chromium finished rendering the portal").isTrue();
        assertThat(process.exitValue()).as("Chromium exit code").isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
