package org.acde.events.webhooks.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.acde.events.feed.EventsStored;
import org.acde.events.feed.StoredEvent;
import org.acde.events.webhooks.subscription.WebhooksConfig;
import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Queues a delivery for every subscription that wants a newly stored event, in the transaction that stores it, so an
 * event is queued exactly when it is stored. A subscription wants an event whose type it lists (exactly, or by a
 * prefix ending with '.'), about one of its parties (if it lists any), that its owner could read on the feed: the
 * owner's stored readers share a name with the event's audience, or the owner reads everything. FAILING subscriptions
 * queue too, to be delivered once re-enabled.
 */
@ApplicationScoped
public class DeliveryQueue {

    private static final String QUEUE = """
            insert into webhook_delivery (id, webhook_id, position, event_id, event_type, subject, body, status,
                                          next_attempt_at, give_up_at, created_at)
            select gen_random_uuid(), w.id, ?, ?, ?, ?, ?, 'PENDING', now(), now() + make_interval(secs => ?), now()
            from webhook w
            where (? = any (w.types) or exists (select 1 from unnest(w.types) t
                                                where right(t, 1) = '.' and starts_with(?, t)))
              and (cardinality(w.parties) = 0 or w.parties && ?)
              and (w.readers_everything or w.readers && ?)
            on conflict (webhook_id, event_id) do nothing""";

    private final EntityManager em;
    private final ObjectMapper json;
    private final WebhooksConfig config;
    private final Wakeup wakeup;

    DeliveryQueue(EntityManager em, ObjectMapper json, WebhooksConfig config, Wakeup wakeup) {
        this.em = em;
        this.json = json;
        this.config = config;
        this.wakeup = wakeup;
    }

    void queue(@Observes EventsStored stored) {
        em.unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement(QUEUE)) {
                double giveUpAfter = config.retry().giveUpAfter().toMillis() / 1000.0;
                for (StoredEvent event : stored.events()) {
                    insert.setLong(1, event.position());
                    insert.setObject(2, event.id());
                    insert.setString(3, event.type());
                    insert.setString(4, event.subject());
                    insert.setString(5, body(event));
                    insert.setDouble(6, giveUpAfter);
                    insert.setString(7, event.type());
                    insert.setString(8, event.type());
                    insert.setArray(9, connection.createArrayOf("text", event.parties().toArray()));
                    insert.setArray(10, connection.createArrayOf("text", event.audience().toArray()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** This replica's deliverer starts at once; the others hear of it by NOTIFY acde_events. */
    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsStored stored) {
        wakeup.signal();
    }

    private String body(StoredEvent event) {
        try {
            return json.writeValueAsString(event.event());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.id() + " cannot be written as JSON", e);
        }
    }
}
