package org.acde.platform.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.acde.contracts.reference.Party;
import org.acde.kernel.time.Timestamps;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.PojoCloudEventData;
import io.cloudevents.jackson.JsonFormat;

/**
 * The transactional outbox: a service records each event in the transaction that makes the change, so the event
 * exists exactly when the change does. The row follows Debezium's outbox event router layout; its payload is the
 * whole CloudEvent in JSON (structured mode), so whatever carries it on — the relay, or Debezium to Kafka — passes it
 * through unchanged.
 */
@ApplicationScoped
public class Outbox {

    static final String CHANNEL = "acde_outbox";
    private static final JsonFormat FORMAT = new JsonFormat();

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Timestamps timestamps;
    private final URI source;

    Outbox(EntityManager em, ObjectMapper mapper, Timestamps timestamps,
            @ConfigProperty(name = "acde.events.source") URI source) {
        this.em = em;
        this.mapper = mapper;
        this.timestamps = timestamps;
        this.source = source;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DomainEvent event) {
        recordAll(List.of(event));
    }

    /**
     * The events of one change that makes many (a batch), in their order, with one flush, one batched insert and one
     * notification: recording a thousand one by one would flush the whole persistence context a thousand times.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // The change's own rows are written (and locked) before the event is numbered, so two changes to one
        // resource are numbered in the order they commit.
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into outbox (id, aggregatetype, aggregateid, type, payload, occurred_at, subject, parties,
                                        audience)
                    values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""");
                    var notify = connection.prepareStatement("notify " + CHANNEL)) {
                for (DomainEvent event : events) {
                    var id = UUID.randomUUID();
                    var time = timestamps.now().atOffset(ZoneOffset.UTC);
                    insert.setObject(1, id);
                    insert.setString(2, event.aggregateType());
                    insert.setString(3, event.aggregateId());
                    insert.setString(4, event.type());
                    insert.setString(5, payload(id, time, event));
                    insert.setTimestamp(6, Timestamp.from(time.withOffsetSameInstant(ZoneOffset.UTC).toInstant()));
                    insert.setString(7, event.subject());
                    insert.setArray(8, connection.createArrayOf("text",
                            event.parties().stream().map(Party::name).sorted().toArray()));
                    insert.setArray(9, connection.createArrayOf("text",
                            event.audience().readers().stream().sorted().toArray()));
                    insert.addBatch();
                }
                // In list order, so their seq follows it.
                insert.executeBatch();
                // Delivered at commit, and only then: wakes the relay of every replica.
                notify.execute();
            }
        });
    }

    private String payload(UUID id, OffsetDateTime time, DomainEvent event) {
        var cloudEvent = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(time)
                .withDataContentType("application/json")
                .withData(PojoCloudEventData.wrap(event.data(), mapper::writeValueAsBytes))
                .build();
        return new String(FORMAT.serialize(cloudEvent), StandardCharsets.UTF_8);
    }
}
