package org.acde.gateway.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.acde.gateway.routing.UpstreamStubs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The developer portal in local development mode, as deploy/local/stack runs it: the demo clients and users of the
 * realm file the local Keycloak imports, with their secrets and passwords. {@link PortalPageTest} covers the default,
 * where none of this is shown. The page is left at {@code gateway/target/portal-local.html} to look at.
 */
@QuarkusTest
@TestProfile(PortalDemoCredentialsTest.LocalDevelopment.class)
@QuarkusTestResource(UpstreamStubs.class)
class PortalDemoCredentialsTest {

    /** What the local stack sets; tests run in the gateway module, so the repository's realm file is one level up. */
    public static class LocalDevelopment implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("acde.gateway.portal.demo-credentials", "true",
                    "acde.gateway.portal.demo-realm-file", "../deploy/keycloak/realm-acde.json");
        }
    }

    @Test
    void listsTheLocalRealmsDemoClientsAndUsersMarkedAsLocalDevelopmentOnly() throws Exception {
        String html = given().accept("text/html").get("/").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "portal-local.html"), html);
        Document page = Jsoup.parse(html);

        assertThat(page.select("#demo-credentials h2").text()).isEqualTo("Demo credentials — local development only");
        assertThat(page.select("#demo-credentials").text()).contains("realm-acde.json")
                .contains("acde.gateway.portal.demo-credentials");

        assertThat(page.select("tr.demo-client").eachAttr("data-client-id")).containsExactly("secretariat-demo",
                "agency-vn-demo", "agency-cn-demo", "agency-th-demo", "partner-my-demo", "partner-cn-demo");
        assertThat(page.select("tr.demo-client[data-client-id=secretariat-demo]").text())
                .isEqualTo("secretariat-demo secretariat — secretariat-demo-dev-secret");
        assertThat(page.select("tr.demo-client[data-client-id=agency-vn-demo]").text())
                .isEqualTo("agency-vn-demo agency VN agency-vn-demo-dev-secret");
        assertThat(page.select("tr.demo-client[data-client-id=partner-cn-demo]").text())
                .isEqualTo("partner-cn-demo partner CN partner-cn-demo-dev-secret");
        assertThat(html).as("the gateway's own admin client is no API client").doesNotContain("acde-gateway-admin");

        assertThat(page.select("tr.demo-user").eachAttr("data-username")).contains("secretariat.demo", "agency.vn.demo",
                "partner.my.demo").noneMatch(name -> name.startsWith("service-account-"));
        assertThat(page.select("tr.demo-user[data-username=agency.vn.demo]").text())
                .isEqualTo("agency.vn.demo agency VN agency.vn.demo-dev-password");
        assertThat(page.select("#demo-credentials p").eachText()).anySatisfy(text -> assertThat(text)
                .contains("authorization code with PKCE").contains("developer-portal"));
    }
}
