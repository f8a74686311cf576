package org.acde.gateway.overview;

import org.acde.contracts.initiatives.InitiativesApi;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** initiatives-service as the overview reads it: the contract interface itself, so client and server cannot drift. */
@RegisterRestClient(configKey = "initiatives")
public interface InitiativesRestClient extends InitiativesApi {
}
