package org.acde.gateway.needs;

import org.acde.contracts.needs.NeedsApi;
import org.acde.gateway.portfolio.CallerHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** matchmaking-service's needs, as the caller may see them: the contract interface with the caller's token. */
@RegisterRestClient(configKey = "matchmaking")
@RegisterProvider(CallerHeaders.class)
public interface NeedsReader extends NeedsApi {
}
