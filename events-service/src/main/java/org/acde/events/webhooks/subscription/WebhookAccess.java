package org.acde.events.webhooks.subscription;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.problem.ProblemException;
import org.acde.kernel.security.Actor;
import org.acde.kernel.security.Caller;
import org.acde.kernel.security.TokenClaims;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may see and change a subscription: its creator alone; to anyone else, the secretariat included, it does not
 * exist (404). Only an API client's own token subscribes: a webhook outlives any session, and a person's read rights
 * end when they leave, which a subscription they left behind would not notice.
 */
@ApplicationScoped
public class WebhookAccess {

    private final WebhookRepository webhooks;
    private final Caller caller;
    private final SecurityIdentity identity;

    WebhookAccess(WebhookRepository webhooks, Caller caller, SecurityIdentity identity) {
        this.webhooks = webhooks;
        this.caller = caller;
        this.identity = identity;
    }

    public Webhook owned(UUID id) {
        Webhook webhook = webhooks.findById(id);
        if (webhook == null || !webhook.owner.equals(caller.id())) {
            throw ProblemException.notFound("Webhook", id);
        }
        return webhook;
    }

    public void requireClient() {
        if (TokenClaims.of(identity).actor().map(Actor::user).orElse(true)) {
            throw ProblemException.forbidden("Webhooks are subscribed with an API client's own token (client credentials), not a person's");
        }
    }
}
