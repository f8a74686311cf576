package org.acde.gateway.portfolio;

import org.acde.contracts.initiatives.InitiativesApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** initiatives-service's initiatives, as the caller may see them: the contract interface with the caller's token. */
@RegisterRestClient(configKey = "initiatives")
@RegisterProvider(CallerHeaders.class)
public interface InitiativesReader extends InitiativesApi {
}
