package org.acde.contracts.matchmaking;

import org.acde.contracts.reference.Coded;

/**
 * What an organisation taking part in matchmaking is (Measure I: "a platform for governments, businesses and
 * academia"). Each kind has its own required fields; {@link OrganisationKindFields} names them.
 */
public enum OrganisationKind implements Coded {
    ENTERPRISE,
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    GOVERNMENT_AGENCY,
    INDUSTRY_ASSOCIATION,
    /** A non-governmental organisation or other civil-society body. */
    NGO;

    @Override
    public String code() {
        return name();
    }
}
