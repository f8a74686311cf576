package org.acde.platform.events;

import java.util.Set;

import org.acde.contracts.reference.Party;

/**
 * A change a partner system may want to follow, as a service records it in the change's own transaction.
 *
 * @param type          the CloudEvents type, {@code org.acde.<service>.<resource>.<what happened>}, e.g.
 *                      {@code org.acde.matchmaking.interest.accepted}
 * @param aggregateType the resource kind (Debezium's {@code aggregatetype}, the Kafka topic it would route to), e.g.
 *                      {@code interest}
 * @param aggregateId   the resource's id
 * @param subject       the resource's path through the gateway, e.g. {@code /api/v1/interests/<id>}
 * @param parties       the parties the resource concerns, for the feed's {@code party} filter
 * @param audience      who may read it
 * @param data          the resource's public view (serialised with the service's JSON mapper); never personal data
 *                      its audience may not read, and ids only for an erasure
 */
public record DomainEvent(String type, String aggregateType, String aggregateId, String subject, Set<Party> parties,
        Audience audience, Object data) {

    public DomainEvent {
        parties = Set.copyOf(parties);
    }
}
