package org.acde.gateway.portfolio;

import org.acde.contracts.initiatives.ProgressReportsApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** initiatives-service's progress reports, as the caller may see them: the contract interface with the caller's token. */
@RegisterRestClient(configKey = "initiatives")
@RegisterProvider(CallerHeaders.class)
public interface ProgressReportsReader extends ProgressReportsApi {
}
