package org.acde.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The paths the gateway answers itself, as its resources declare them, are kept out of the upstreams' routes. */
class OwnApiTest {

    private static final Pattern OWN = Pattern.compile("^" + UpstreamRoutes.OWN_API + "$");
    private static final Pattern INITIATIVES = Pattern.compile(UpstreamRoutes.prefixRegex(List.of("/api/v1/initiatives")));
    private static final Pattern MATCHMAKING = Pattern.compile(
            UpstreamRoutes.prefixRegex(List.of("/api/v1/needs", "/api/v1/opportunities")));

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/parties", "/api/v1/parties/VN/overview", "/api/v1/parties/VN/anything/else",
            "/api/v1/api-clients", "/api/v1/api-clients/acme-portal", "/api/v1/api-clients/acme-portal/secret",
            "/api/v1/initiatives/0b6c4c1e-4d7e-4a59-9b4e-2f1f0a1d2c3b/portfolio", "/api/v1/needs/42/answers" })
    void theGatewaysOwn(String path) {
        assertThat(OWN.matcher(path).matches()).as(path).isTrue();
        assertThat(INITIATIVES.matcher(path).matches()).as(path).isFalse();
        assertThat(MATCHMAKING.matcher(path).matches()).as(path).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/initiatives", "/api/v1/initiatives/42", "/api/v1/initiatives/42/portfolio/x",
            "/api/v1/initiatives/42/progress-reports", "/api/v1/needs/42", "/api/v1/needs/42/answers/x",
            "/api/v1/opportunities/42", "/api/v1/partiesX", "/api/v1" })
    void notTheGatewaysOwn(String path) {
        assertThat(OWN.matcher(path).matches()).as(path).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/initiatives", "/api/v1/initiatives/42", "/api/v1/initiatives/42/progress-reports" })
    void anUpstreamsPrefixes(String path) {
        assertThat(INITIATIVES.matcher(path).matches()).as(path).isTrue();
    }
}
