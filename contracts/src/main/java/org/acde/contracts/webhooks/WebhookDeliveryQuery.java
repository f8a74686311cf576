package org.acde.contracts.webhooks;

import jakarta.ws.rs.QueryParam;

/** The filters of a subscription's deliveries. */
public class WebhookDeliveryQuery {

    @QueryParam("status")
    public WebhookDeliveryStatus status;
}
