package org.acde.contracts.webhooks;

/**
 * ACTIVE: events are delivered. FAILING: a delivery was still refused after the retry period (or the receiver
 * answered 410 Gone); nothing is attempted until the owner updates the subscription or asks for a redelivery, while
 * new events still queue up for it.
 */
public enum WebhookStatus {
    ACTIVE, FAILING
}
