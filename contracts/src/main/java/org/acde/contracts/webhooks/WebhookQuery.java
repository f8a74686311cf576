package org.acde.contracts.webhooks;

import jakarta.ws.rs.QueryParam;

/** The filters of the subscription list; a caller sees only its own subscriptions. */
public class WebhookQuery {

    @QueryParam("status")
    public WebhookStatus status;
}
