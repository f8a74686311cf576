package org.acde.contracts.matchmaking;

import org.acde.contracts.reference.Coded;

/** The kinds of partnership an opportunity seeks, an interest proposes and an agreement records. */
public enum PartnershipType implements Coded {
    LICENSING("Licence agreement"),
    JOINT_VENTURE("Joint venture"),
    SUBCONTRACTING("Subcontracting"),
    DISTRIBUTION("Distribution or commercial agency"),
    MANUFACTURING("Manufacturing agreement"),
    SERVICES("Services agreement"),
    TECHNICAL_COOPERATION("Technical cooperation"),
    RESEARCH_COOPERATION("Research cooperation"),
    INVESTMENT("Financial investment"),
    BUSINESS_MODEL_SHARING("Business-model sharing");

    private final String label;

    PartnershipType(String label) {
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
}
