package org.acde.matchmaking.enterprise;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.platform.events.DomainEvent;
import org.acde.platform.events.Outbox;

/**
 * The events of enterprises, recorded in the transaction of each change, for those who may read the enterprise. Their
 * data is the enterprise's view without its contact: a receiver entitled to the contact reads the enterprise.
 */
@ApplicationScoped
public class EnterpriseEvents {

    /** What happened to an enterprise; {@link #type} is the CloudEvents type. */
    public enum Type {
        REGISTERED, UPDATED, VERIFIED, UNVERIFIED;

        public final String type = "org.acde.matchmaking.enterprise." + name().toLowerCase(Locale.ROOT);
    }

    private final Outbox outbox;
    private final EnterpriseAccess access;

    EnterpriseEvents(Outbox outbox, EnterpriseAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    void registered(Enterprise enterprise) {
        record(Type.REGISTERED, enterprise);
    }

    void updated(Enterprise enterprise) {
        record(Type.UPDATED, enterprise);
    }

    /** Verified, or the verification taken back. */
    void verificationChanged(Enterprise enterprise) {
        record(enterprise.verified ? Type.VERIFIED : Type.UNVERIFIED, enterprise);
    }

    private void record(Type type, Enterprise enterprise) {
        outbox.record(new DomainEvent(type.type, "enterprise", enterprise.id.toString(), "/api/v1/enterprises/" + enterprise.id,
                Set.of(enterprise.party), access.readers(enterprise), EnterpriseMapper.toView(enterprise, false)));
    }
}
