package org.acde.matchmaking.need;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.needs.NeedStatus;
import org.acde.platform.events.Audience;
import org.acde.platform.events.DomainEvent;
import org.acde.platform.events.Outbox;

/**
 * The events of needs, recorded in the transaction of each change. A need is public from the start, so its events go
 * to anyone; so does its withdrawal, or whoever followed it would never learn it is gone.
 */
@ApplicationScoped
public class NeedEvents {

    /** What happened to a need; {@link #type} is the CloudEvents type. */
    public enum Type {
        POSTED, UPDATED, REOPENED, BEING_ANSWERED, MET, WITHDRAWN;

        public final String type = "org.acde.matchmaking.need." + name().toLowerCase(Locale.ROOT);

        static Type movedTo(NeedStatus status) {
            return switch (status) {
                case OPEN -> REOPENED;
                case BEING_ANSWERED -> BEING_ANSWERED;
                case MET -> MET;
                case WITHDRAWN -> WITHDRAWN;
            };
        }
    }

    private final Outbox outbox;

    NeedEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void posted(Need need) {
        record(Type.POSTED, need);
    }

    void updated(Need need) {
        record(Type.UPDATED, need);
    }

    void moved(Need need) {
        record(Type.movedTo(need.status), need);
    }

    private void record(Type type, Need need) {
        outbox.record(new DomainEvent(type.type, "need", need.id.toString(), "/api/v1/needs/" + need.id, Set.of(need.party),
                Audience.anyone(), NeedMapper.toView(need)));
    }
}
