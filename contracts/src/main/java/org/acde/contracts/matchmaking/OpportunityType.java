package org.acde.contracts.matchmaking;

import org.acde.contracts.reference.Coded;

/** The kinds of partnering profile, after the Enterprise Europe Network's. */
public enum OpportunityType implements Coded {
    TECHNOLOGY_OFFER,
    TECHNOLOGY_REQUEST,
    BUSINESS_OFFER,
    BUSINESS_REQUEST,
    RESEARCH_COOPERATION;

    @Override
    public String code() {
        return name();
    }

    /** Technology and business offers: what may answer a party's cooperation need. */
    public boolean isOffer() {
        return this == TECHNOLOGY_OFFER || this == BUSINESS_OFFER;
    }

    /** The type this one is matched with: an offer meets requests of the same kind and vice versa; research meets research. */
    public OpportunityType complement() {
        return switch (this) {
            case TECHNOLOGY_OFFER -> TECHNOLOGY_REQUEST;
            case TECHNOLOGY_REQUEST -> TECHNOLOGY_OFFER;
            case BUSINESS_OFFER -> BUSINESS_REQUEST;
            case BUSINESS_REQUEST -> BUSINESS_OFFER;
            case RESEARCH_COOPERATION -> RESEARCH_COOPERATION;
        };
    }
}
