package org.acde.events.webhooks;

import java.util.Arrays;
import java.util.List;

import org.acde.contracts.reference.Party;
import org.acde.contracts.webhooks.WebhookView;
import org.acde.events.webhooks.subscription.Webhook;

/** Subscription → view; never the secret, which only the creation's answer adds. */
public final class WebhookMapper {

    private WebhookMapper() {
    }

    public static WebhookView toView(Webhook webhook) {
        List<Party> parties = Arrays.stream(webhook.parties).map(Party::valueOf).toList();
        return new WebhookView(webhook.id, webhook.url, List.of(webhook.types), parties, webhook.description,
                webhook.status, webhook.failingSince, webhook.previousSecretUntil, null, webhook.createdBy,
                webhook.createdAt, webhook.updatedBy, webhook.updatedAt);
    }
}
