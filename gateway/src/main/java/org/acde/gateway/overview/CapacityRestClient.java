package org.acde.gateway.overview;

import org.acde.contracts.capacity.CapacityStatsApi;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** capacity-service's public statistics, through the contract interface. */
@RegisterRestClient(configKey = "capacity")
public interface CapacityRestClient extends CapacityStatsApi {
}
