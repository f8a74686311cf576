package org.acde.gateway.portfolio;

import org.acde.contracts.dialogues.InitiativeDialoguesApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** initiatives-service's dialogues an initiative went through, as the caller may see them. */
@RegisterRestClient(configKey = "initiatives")
@RegisterProvider(CallerHeaders.class)
public interface InitiativeDialoguesReader extends InitiativeDialoguesApi {
}
