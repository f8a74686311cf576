package org.acde.events.webhooks;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.acde.contracts.reference.Party;
import org.acde.contracts.webhooks.WebhookInput;
import org.acde.contracts.webhooks.WebhookView;
import org.acde.events.access.Readers;
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

    /**
     * Copies the client's fields, with the destination {@code url} already checked, and the {@code readers} whose
     * rights the subscription gets.
     */
    static void apply(WebhookInput input, URI url, Readers readers, Webhook webhook) {
        List<String> parties = input.parties() == null ? List.of() : input.parties().stream().map(Enum::name).toList();
        webhook.url = url.toString();
        webhook.types = input.types().toArray(String[]::new);
        webhook.parties = parties.stream().sorted().toArray(String[]::new);
        webhook.description = input.description();
        webhook.readersEverything = readers.everything();
        webhook.readers = readers.names().stream().sorted().toArray(String[]::new);
    }
}
