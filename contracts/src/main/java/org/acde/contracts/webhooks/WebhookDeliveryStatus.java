package org.acde.contracts.webhooks;

/** PENDING: to be sent (or being retried); DELIVERED: the receiver answered 2xx; FAILED: retries ran out. */
public enum WebhookDeliveryStatus {
    PENDING, DELIVERED, FAILED
}
