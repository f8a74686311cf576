package org.acde.events.webhooks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acde.contracts.webhooks.WebhookQuery;
import org.acde.kernel.security.Caller;
import org.acde.platform.persistence.Keyset;

/**
 * The subscription list's filters and the caller's visibility as one HQL condition on alias {@code e}: its own
 * subscriptions only, the rule {@link org.acde.events.webhooks.subscription.WebhookAccess#owned} applies to one.
 */
final class WebhookFilters {

    private WebhookFilters() {
    }

    static Keyset.Filter of(WebhookQuery query, Caller caller) {
        List<String> conditions = new ArrayList<>(List.of("e.owner = :me"));
        Map<String, Object> params = new HashMap<>(Map.of("me", caller.id()));
        if (query.status != null) {
            conditions.add("e.status = :status");
            params.put("status", query.status);
        }
        return new Keyset.Filter(String.join(" and ", conditions), params);
    }
}
