package org.acde.contracts.matchmaking;

import org.acde.contracts.reference.Coded;

/**
 * The controlled technology vocabulary of partnering opportunities, seeded from the ASEAN–China Joint Statement on
 * digital cooperation (Vientiane, 2024) and its measures. Free keywords sit beside it. At most 64 terms: the matching
 * engine keeps a profile's terms in one bit set.
 */
public enum Technology implements Coded {
    FIVE_G,
    FUTURE_NETWORKS,
    CLOUD_COMPUTING,
    DATA_CENTRES,
    ARTIFICIAL_INTELLIGENCE,
    BIG_DATA,
    INTERNET_OF_THINGS,
    BLOCKCHAIN,
    QUANTUM,
    DIGITAL_GOVERNMENT,
    DIGITAL_IDENTITY,
    DIGITAL_TRADE,
    E_COMMERCE,
    DIGITAL_PAYMENTS,
    FINTECH,
    CYBERSECURITY,
    DATA_PROTECTION,
    SMART_AGRICULTURE,
    SMART_MANUFACTURING,
    SMART_CITY,
    SMART_LOGISTICS,
    ROBOTICS,
    SATELLITE,
    SUBMARINE_CABLES,
    EDTECH,
    HEALTHTECH,
    GREEN_DIGITAL,
    SEMICONDUCTORS,
    OPEN_SOURCE,
    DIGITAL_CONTENT,
    AR_VR,
    DIGITAL_TWINS;

    @Override
    public String code() {
        return name();
    }
}
