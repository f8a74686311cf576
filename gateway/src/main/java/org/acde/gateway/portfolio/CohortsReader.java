package org.acde.gateway.portfolio;

import org.acde.contracts.capacity.ProgramCohortsApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** capacity-service's cohorts of a program, as the caller may see them: the contract interface with the caller's token. */
@RegisterRestClient(configKey = "capacity")
@RegisterProvider(CallerHeaders.class)
public interface CohortsReader extends ProgramCohortsApi {
}
