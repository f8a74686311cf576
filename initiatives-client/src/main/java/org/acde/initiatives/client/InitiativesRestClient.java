package org.acde.initiatives.client;

import org.acde.contracts.initiatives.InitiativesApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * initiatives-service's API as a REST client: the same interface the service implements, so the two cannot drift.
 * It calls with the caller's own token, so a caller can only link to initiatives it may see.
 */
@RegisterRestClient(configKey = "initiatives")
@RegisterProvider(CallerTokenPropagation.class)
public interface InitiativesRestClient extends InitiativesApi {
}
