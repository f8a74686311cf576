package org.acde.gateway.overview;

import org.acde.contracts.matchmaking.MatchmakingStatsApi;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** matchmaking-service's public statistics, through the contract interface. */
@RegisterRestClient(configKey = "matchmaking")
public interface MatchmakingRestClient extends MatchmakingStatsApi {
}
