package org.acde.events.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.http.ETags;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.webhooks.WebhookInput;
import org.acde.contracts.webhooks.WebhookQuery;
import org.acde.contracts.webhooks.WebhookSecret;
import org.acde.contracts.webhooks.WebhookStatus;
import org.acde.contracts.webhooks.WebhookView;
import org.acde.events.access.Readers;
import org.acde.events.webhooks.delivery.Wakeup;
import org.acde.events.webhooks.subscription.Destinations;
import org.acde.events.webhooks.subscription.SigningSecrets;
import org.acde.events.webhooks.subscription.Webhook;
import org.acde.events.webhooks.subscription.WebhookAccess;
import org.acde.events.webhooks.subscription.WebhookRepository;
import org.acde.events.webhooks.subscription.WebhooksConfig;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.persistence.Keyset;

/** Owns the rules of subscriptions: who subscribes where to what, and their signing secrets. */
@ApplicationScoped
@Transactional
public class WebhookService {

    static final Keyset<Webhook> KEYSET = Keyset.of(Webhook.class)
            .field("createdAt", "createdAt", Instant::parse, w -> w.createdAt)
            .id("id", UUID::fromString, w -> w.id)
            .defaultSort("createdAt")
            .build();

    private final WebhookRepository webhooks;
    private final WebhookAccess access;
    private final Destinations destinations;
    private final SigningSecrets secrets;
    private final WebhooksConfig config;
    private final CursorCodec cursors;
    private final Caller caller;
    private final Timestamps timestamps;
    private final Wakeup wakeup;

    WebhookService(WebhookRepository webhooks, WebhookAccess access, Destinations destinations, SigningSecrets secrets,
            WebhooksConfig config, CursorCodec cursors, Caller caller, Timestamps timestamps, Wakeup wakeup) {
        this.webhooks = webhooks;
        this.access = access;
        this.destinations = destinations;
        this.secrets = secrets;
        this.config = config;
        this.cursors = cursors;
        this.caller = caller;
        this.timestamps = timestamps;
        this.wakeup = wakeup;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<WebhookView> list(WebhookQuery query, PageParams page) {
        Page<Webhook> rows = KEYSET.page(webhooks.getEntityManager(), cursors, WebhookFilters.of(query, caller),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return rows.map(WebhookMapper::toView);
    }

    /** Without the secret: {@link #withSecret} adds it, so that no copy of it is kept in the clear (Idempotency-Key replays). */
    public Created<WebhookView> create(WebhookInput input) {
        access.requireClient();
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        apply(input, webhook);
        webhook.owner = caller.id();
        webhook.status = WebhookStatus.ACTIVE;
        webhook.secret = secrets.seal(webhook.id, secrets.generate());
        Instant now = timestamps.now();
        webhook.createdBy = webhook.updatedBy = caller.name();
        webhook.createdAt = webhook.updatedAt = now;
        webhooks.persist(webhook);
        return Created.of(URI.create("/api/v1/webhooks/" + webhook.id), webhook,
                WebhookMapper.toView(webhook));
    }

    /** The creation's answer with the signing secret in it; read from the subscription, so a replay shows it too. */
    @Transactional(TxType.SUPPORTS)
    public Created<WebhookView> withSecret(Created<WebhookView> created) {
        Webhook webhook = access.owned(created.body().id());
        return new Created<>(created.location(), created.version(),
                created.body().withSecret(secrets.open(webhook.id, webhook.secret)));
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<WebhookView> get(UUID id) {
        Webhook webhook = access.owned(id);
        return Versioned.of(WebhookMapper.toView(webhook), webhook);
    }

    /** A new URL, types, parties and read rights; a FAILING subscription becomes ACTIVE again. */
    public Versioned<WebhookView> update(UUID id, String ifMatch, WebhookInput input) {
        Webhook webhook = access.owned(id);
        ETags.requireMatch(ifMatch, webhook.version);
        apply(input, webhook);
        if (webhook.status == WebhookStatus.FAILING) {
            webhook.status = WebhookStatus.ACTIVE;
            webhook.failingSince = null;
            wakeup.signalAfterCommit();
        }
        webhook.updatedBy = caller.name();
        webhook.updatedAt = timestamps.now();
        return Versioned.of(WebhookMapper.toView(webhook), webhook);
    }

    public void delete(UUID id, String ifMatch) {
        Webhook webhook = access.owned(id);
        ETags.requireMatch(ifMatch, webhook.version);
        webhooks.delete(webhook);
        // Written now, so a delete that lost a race answers 412 here rather than failing at commit.
        webhooks.flush();
    }

    /** A new secret; the one it replaces still signs for {@code acde.webhooks.secret-overlap}, an older one no more. */
    public WebhookSecret rotateSecret(UUID id) {
        Webhook webhook = access.owned(id);
        String secret = secrets.generate();
        Instant now = timestamps.now();
        webhook.previousSecret = webhook.secret;
        webhook.previousSecretUntil = now.plus(config.secretOverlap());
        webhook.secret = secrets.seal(webhook.id, secret);
        webhook.updatedBy = caller.name();
        webhook.updatedAt = now;
        // Written within the request, so a clash with a concurrent change is answered (412/409), not a failed commit.
        webhooks.flush();
        return new WebhookSecret(secret, webhook.previousSecretUntil);
    }

    /** The client's fields, and the caller's read rights now: a subscription never receives more than its owner reads. */
    private void apply(WebhookInput input, Webhook webhook) {
        WebhookMapper.apply(input, destinations.check(input.url()), Readers.of(caller), webhook);
    }
}
