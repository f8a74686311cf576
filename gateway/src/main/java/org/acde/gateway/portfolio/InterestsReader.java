package org.acde.gateway.portfolio;

import org.acde.contracts.matchmaking.InterestsApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** matchmaking-service's interests and agreements, as the caller may see them: the contract interface with the caller's token. */
@RegisterRestClient(configKey = "matchmaking")
@RegisterProvider(CallerHeaders.class)
public interface InterestsReader extends InterestsApi {
}
