package org.acde.contracts.matchmaking;

import org.acde.contracts.reference.Coded;

/** The kinds of partnering profile, after the Enterprise Europe Network's. */
public enum OpportunityType implements Coded {
    TECHNOLOGY_OFFER("Technology offer"),
    TECHNOLOGY_REQUEST("Technology request"),
    BUSINESS_OFFER("Business offer"),
    BUSINESS_REQUEST("Business request"),
    RESEARCH_COOPERATION("Research cooperation");

    private final String label;

    OpportunityType(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
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
