package org.acde.events.webhooks;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.contracts.webhooks.WebhookDeliveryQuery;
import org.acde.contracts.webhooks.WebhookDeliveryView;
import org.acde.contracts.webhooks.WebhookInput;
import org.acde.contracts.webhooks.WebhookQuery;
import org.acde.contracts.webhooks.WebhookRedeliveries;
import org.acde.contracts.webhooks.WebhookRedeliveryResult;
import org.acde.contracts.webhooks.WebhookSecret;
import org.acde.contracts.webhooks.WebhookView;
import org.acde.contracts.webhooks.WebhooksApi;
import org.acde.events.webhooks.delivery.DeliveryService;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

@RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
public class WebhookResource implements WebhooksApi {

    private final WebhookService webhooks;
    private final DeliveryService deliveries;
    private final Idempotency idempotency;

    WebhookResource(WebhookService webhooks, DeliveryService deliveries, Idempotency idempotency) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.idempotency = idempotency;
    }

    @Override
    public Page<WebhookView> list(WebhookQuery query, PageParams page) {
        return webhooks.list(query, page);
    }

    @Override
    public RestResponse<WebhookView> create(String idempotencyKey, WebhookInput body) {
        return webhooks.withSecret(idempotency.create(idempotencyKey, "POST /api/v1/webhooks", body, WebhookView.class,
                () -> webhooks.create(body))).toResponse();
    }

    @Override
    public RestResponse<WebhookView> get(UUID id) {
        return webhooks.get(id).toResponse();
    }

    @Override
    public RestResponse<WebhookView> update(UUID id, String ifMatch, WebhookInput body) {
        return webhooks.update(id, ifMatch, body).toResponse();
    }

    @Override
    public void delete(UUID id, String ifMatch) {
        webhooks.delete(id, ifMatch);
    }

    @Override
    public WebhookSecret rotateSecret(UUID id) {
        return webhooks.rotateSecret(id);
    }

    @Override
    public Page<WebhookDeliveryView> deliveries(UUID id, WebhookDeliveryQuery query, PageParams page) {
        return deliveries.list(id, query, page);
    }

    @Override
    public WebhookDeliveryView redeliver(UUID id, UUID deliveryId) {
        return deliveries.redeliver(id, deliveryId);
    }

    @Override
    public WebhookRedeliveryResult redeliverRange(UUID id, WebhookRedeliveries body) {
        return deliveries.redeliverRange(id, body);
    }
}
