package org.acde.gateway.overview;

import org.acde.contracts.dialogues.DialoguesApi;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** initiatives-service's public dialogue list, through the contract interface. */
@RegisterRestClient(configKey = "initiatives")
public interface DialoguesRestClient extends DialoguesApi {
}
