package org.acde.e2e.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.acde.client.initiatives.ApiClient;
import org.acde.client.initiatives.ApiException;
import org.acde.client.initiatives.ApiResponse;
import org.acde.client.initiatives.JSON;
import org.acde.client.initiatives.api.InitiativesApi;
import org.acde.client.initiatives.auth.OAuthFlow;
import org.acde.client.initiatives.auth.RetryingOAuth;
import org.acde.client.initiatives.model.InitiativeInput;
import org.acde.client.initiatives.model.InitiativeStatus;
import org.acde.client.initiatives.model.InitiativeView;
import org.acde.client.initiatives.model.Measure;
import org.acde.client.initiatives.model.PageInitiativeView;
import org.acde.client.initiatives.model.Party;
import org.acde.client.initiatives.model.Problem;
import org.acde.client.initiatives.model.ProblemType;
import org.acde.e2e.Stack;
import org.acde.e2e.SystemTest;
import org.junit.jupiter.api.Test;

import okhttp3.OkHttpClient;

/**
 * The contracts as partners use them: Java clients generated from the committed snapshots by openapi-generator
 * (library okhttp-gson, see this module's pom), driving a journey through the gateway. The client fetches and
 * renews its own client-credentials tokens with the OAuth support the generator wires from the contract's scheme.
 */
@SystemTest
class GeneratedClientIT {

    /** A partner's set-up, as README's "Generate a client" shows it, pointed at this stack's Keycloak and gateway. */
    static OkHttpClient withTokensOf(String clientId) {
        RetryingOAuth tokens = new RetryingOAuth(Stack.ISSUER + "/protocol/openid-connect/token", clientId,
                OAuthFlow.APPLICATION, clientId + "-dev-secret", null);
        return new OkHttpClient.Builder().addInterceptor(tokens).build();
    }

    private static InitiativesApi initiatives(String clientId) {
        ApiClient client = new ApiClient(withTokensOf(clientId));
        client.setBasePath(Stack.GATEWAY_URL);
        return new InitiativesApi(client);
    }

    private static InitiativeInput proposal(String title, String tag) {
        return new InitiativeInput().title(title).summary("Proposed through a generated client").measure(Measure.IV)
                .leadParty(Party.VN).participatingParties(List.of(Party.VN, Party.TH)).tags(List.of(tag));
    }

    @Test
    void aPartnerDrivesTheInitiativesApiWithItsGeneratedClient() throws Exception {
        InitiativesApi api = initiatives("agency-vn-demo");
        String tag = "sdk-" + UUID.randomUUID().toString().substring(0, 8);

        // Create, with an Idempotency-Key so the call can be retried safely.
        String key = UUID.randomUUID().toString();
        ApiResponse<InitiativeView> created = api.createInitiativeWithHttpInfo(proposal("Generated client 1", tag), key, null);
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders()).containsKeys("location", "etag");
        InitiativeView initiative = created.getData();
        assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.PROPOSED);
        assertThat(initiative.getLeadParty()).isEqualTo(Party.VN);

        // The same key with the same body answers the first response again; with another body it is a typed 422.
        ApiResponse<InitiativeView> retried = api.createInitiativeWithHttpInfo(proposal("Generated client 1", tag), key, null);
        assertThat(retried.getData().getId()).isEqualTo(initiative.getId());
        ApiException reused = catchThrowableOfType(ApiException.class,
                () -> api.createInitiative(proposal("Another body", tag), key, null));
        assertThat(reused.getCode()).isEqualTo(422);
        assertThat(problem(reused).getType()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED);

        // Read with its ETag, update with If-Match; the old ETag is then stale: a typed 412.
        ApiResponse<InitiativeView> read = api.getInitiativeWithHttpInfo(initiative.getId(), null);
        String etag = read.getHeaders().get("etag").get(0);
        assertThat(etag).isEqualTo(created.getHeaders().get("etag").get(0));
        ApiResponse<InitiativeView> updated = api.updateInitiativeWithHttpInfo(initiative.getId(), etag,
                proposal("Generated client 1, renamed", tag), null);
        assertThat(updated.getStatusCode()).isEqualTo(200);
        assertThat(updated.getData().getTitle()).isEqualTo("Generated client 1, renamed");
        assertThat(updated.getHeaders().get("etag").get(0)).isNotEqualTo(etag);
        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> api.updateInitiative(initiative.getId(), etag, proposal("Lost update", tag), null));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(problem(stale).getType()).isEqualTo(ProblemType.PRECONDITION_FAILED);

        // Page through a list with its cursor until there is none.
        List<UUID> expected = new ArrayList<>(List.of(initiative.getId()));
        for (int i = 2; i <= 5; i++) {
            expected.add(api.createInitiative(proposal("Generated client " + i, tag), UUID.randomUUID().toString(), null)
                    .getId());
        }
        List<UUID> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            PageInitiativeView page = api.listInitiatives(null, cursor, null, 2, null, null, null, null, null, null, tag, null, null);
            assertThat(page.getTotal()).isEqualTo(5L);
            page.getItems().forEach(item -> listed.add(item.getId()));
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);

        // A problem comes back typed: status, type from the contract's list, the request id to quote.
        ApiException missing = catchThrowableOfType(ApiException.class, () -> api.getInitiative(UUID.randomUUID(), null));
        assertThat(missing.getCode()).isEqualTo(404);
        Problem notFound = problem(missing);
        assertThat(notFound.getType()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getRequestId()).isNotBlank();

        // Another party's agency may read the proposal it takes part in, but not change it: typed 403.
        InitiativesApi thailand = initiatives("agency-th-demo");
        String current = thailand.getInitiativeWithHttpInfo(initiative.getId(), null).getHeaders().get("etag").get(0);
        ApiException forbidden = catchThrowableOfType(ApiException.class,
                () -> thailand.updateInitiative(initiative.getId(), current, proposal("Not yours", tag), null));
        assertThat(forbidden.getCode()).isEqualTo(403);
        assertThat(problem(forbidden).getType()).isEqualTo(ProblemType.FORBIDDEN);
    }

    /** The other contracts' clients work the same way: one public call each, and one that needs a token. */
    @Test
    void everyContractsGeneratedClientTalksToTheGateway() throws Exception {
        org.acde.client.matchmaking.ApiClient matchmaking = new org.acde.client.matchmaking.ApiClient()
                .setBasePath(Stack.GATEWAY_URL);
        assertThat(new org.acde.client.matchmaking.api.OpportunitiesApi(matchmaking)
                .listOpportunities(null, null, null, 5, null, null, null, null, null, null, null, null, null).getTotal()).isNotNegative();

        org.acde.client.capacity.ApiClient capacity = new org.acde.client.capacity.ApiClient(withTokensOf("partner-my-demo"))
                .setBasePath(Stack.GATEWAY_URL);
        assertThat(new org.acde.client.capacity.api.ProgramsApi(capacity)
                .listPrograms(null, null, null, 5, null, null, null, null, null, null, null).getTotal()).isNotNegative();

        org.acde.client.gateway.ApiClient gateway = new org.acde.client.gateway.ApiClient().setBasePath(Stack.GATEWAY_URL);
        org.acde.client.gateway.model.PartyOverview overview = new org.acde.client.gateway.api.CrossServiceViewsApi(gateway)
                .getPartyOverview(org.acde.client.gateway.model.Party.VN, null, "zh-CN,zh;q=0.9,en;q=0.8");
        assertThat(overview.getParty()).isEqualTo(org.acde.client.gateway.model.Party.VN);
        assertThat(overview.getName()).isEqualTo("越南");
    }

    private static Problem problem(ApiException e) {
        return JSON.deserialize(e.getResponseBody(), Problem.class);
    }
}
