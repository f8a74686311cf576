package org.acde.contracts.matchmaking;

import org.acde.contracts.reference.Coded;

/** The kinds of partnership an opportunity seeks, an interest proposes and an agreement records. */
public enum PartnershipType implements Coded {
    LICENSING,
    JOINT_VENTURE,
    SUBCONTRACTING,
    DISTRIBUTION,
    MANUFACTURING,
    SERVICES,
    TECHNICAL_COOPERATION,
    RESEARCH_COOPERATION,
    INVESTMENT,
    BUSINESS_MODEL_SHARING;

    @Override
    public String code() {
        return name();
    }
}
