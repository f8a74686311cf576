package org.acde.events.webhooks.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.contracts.webhooks.WebhookDeliveryQuery;
import org.acde.platform.persistence.Keyset;

/**
 * A subscription's deliveries as one HQL condition on alias {@code e}, with the list's filters. Whoever may see the
 * subscription sees all of them, so no visibility of their own: the service checks the subscription first.
 */
final class DeliveryFilters {

    private DeliveryFilters() {
    }

    static Keyset.Filter of(UUID webhookId, WebhookDeliveryQuery query) {
        List<String> conditions = new ArrayList<>(List.of("e.webhookId = :webhook"));
        Map<String, Object> params = new HashMap<>(Map.of("webhook", webhookId));
        if (query.status != null) {
            conditions.add("e.status = :status");
            params.put("status", query.status);
        }
        return new Keyset.Filter(String.join(" and ", conditions), params);
    }
}
