package org.acde.gateway.portfolio;

import org.acde.contracts.matchmaking.OpportunitiesApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** matchmaking-service's opportunities, as the caller may see them: the contract interface with the caller's token. */
@RegisterRestClient(configKey = "matchmaking")
@RegisterProvider(CallerHeaders.class)
public interface OpportunitiesReader extends OpportunitiesApi {
}
