package org.acde.matchmaking.organisation;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.matchmaking.OrganisationKind;
import org.acde.platform.events.DomainEvent;
import org.acde.platform.events.Outbox;

/**
 * The events of organisations, recorded in the transaction of each change, for those who may read the organisation.
 * Their data is the organisation's view without its contact: a receiver entitled to the contact reads it. An
 * enterprise's events keep the type, subject and data they had before organisations of other kinds (partners follow
 * them): {@code enterprise.*}, {@code /api/v1/enterprises/{id}}, the enterprise's view; the other kinds' are
 * {@code organisation.*} about {@code /api/v1/organisations/{id}}.
 */
@ApplicationScoped
public class OrganisationEvents {

    /** What happened to an organisation; {@link #type} is the CloudEvents type, {@link #enterpriseType} an enterprise's. */
    public enum Type {
        REGISTERED, UPDATED, VERIFIED, UNVERIFIED;

        public final String type = "org.acde.matchmaking.organisation." + name().toLowerCase(Locale.ROOT);
        public final String enterpriseType = "org.acde.matchmaking.enterprise." + name().toLowerCase(Locale.ROOT);
    }

    private final Outbox outbox;
    private final OrganisationAccess access;

    OrganisationEvents(Outbox outbox, OrganisationAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    void registered(Organisation organisation) {
        record(Type.REGISTERED, organisation);
    }

    void updated(Organisation organisation) {
        record(Type.UPDATED, organisation);
    }

    /** Verified, or the verification taken back. */
    void verificationChanged(Organisation organisation) {
        record(organisation.verified ? Type.VERIFIED : Type.UNVERIFIED, organisation);
    }

    private void record(Type type, Organisation organisation) {
        boolean enterprise = organisation.kind == OrganisationKind.ENTERPRISE;
        Object data = enterprise ? OrganisationMapper.toEnterpriseView(OrganisationMapper.toView(organisation, false))
                : OrganisationMapper.toView(organisation, false);
        outbox.record(new DomainEvent(enterprise ? type.enterpriseType : type.type, enterprise ? "enterprise" : "organisation",
                organisation.id.toString(), (enterprise ? "/api/v1/enterprises/" : "/api/v1/organisations/") + organisation.id,
                Set.of(organisation.party), access.readers(organisation), data));
    }
}
