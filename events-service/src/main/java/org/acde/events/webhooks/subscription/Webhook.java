package org.acde.events.webhooks.subscription;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.acde.contracts.webhooks.WebhookStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A subscription of one API client's endpoint to events. */
@Entity
public class Webhook extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Who created it and alone sees it, as {@code Caller.id()}. */
    public String owner;

    public String url;
    public String description;

    /** Exact event types, or prefixes ending with '.'. */
    public String[] types;

    /** Party codes; empty for every party. */
    public String[] parties;

    /** The owner's {@code Readers} when it last wrote the subscription. */
    public boolean readersEverything;
    public String[] readers;

    @Enumerated(EnumType.STRING)
    public WebhookStatus status;

    public Instant failingSince;

    /** Sealed by {@link SigningSecrets}. */
    public byte[] secret;
    public byte[] previousSecret;
    public Instant previousSecretUntil;

    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;

    @Version
    public long version;
}
