package org.acde.events.webhooks.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.acde.contracts.webhooks.WebhookDeliveryStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One event's delivery to one subscription, as its owner lists and redelivers it. Claims and attempts are written by
 * {@link DeliveryStore} in SQL; this entity is never versioned, as only the owner's redelivery changes it here.
 */
@Entity
@Table(name = "webhook_delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID webhookId;
    public long position;
    public UUID eventId;
    public String eventType;
    public String subject;

    @Enumerated(EnumType.STRING)
    public WebhookDeliveryStatus status;

    public int attempts;
    public Instant nextAttemptAt;
    public Instant giveUpAt;
    public Instant lockedUntil;
    public UUID lease;
    public Instant lastAttemptAt;
    public String outcome;
    public Instant deliveredAt;
    public Instant createdAt;
}
