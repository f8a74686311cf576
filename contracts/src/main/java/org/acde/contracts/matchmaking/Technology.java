package org.acde.contracts.matchmaking;

import org.acde.contracts.reference.Coded;

/**
 * The controlled technology vocabulary of partnering opportunities, seeded from the ASEAN–China Joint Statement on
 * digital cooperation (Vientiane, 2024) and its measures. Free keywords sit beside it. At most 64 terms: the matching
 * engine keeps a profile's terms in one bit set.
 */
public enum Technology implements Coded {
    FIVE_G("5G"),
    FUTURE_NETWORKS("Future networks (5G-Advanced, 6G)"),
    CLOUD_COMPUTING("Cloud computing"),
    DATA_CENTRES("Data centres"),
    ARTIFICIAL_INTELLIGENCE("Artificial intelligence"),
    BIG_DATA("Big data and analytics"),
    INTERNET_OF_THINGS("Internet of Things"),
    BLOCKCHAIN("Blockchain and distributed ledgers"),
    QUANTUM("Quantum technologies"),
    DIGITAL_GOVERNMENT("Digital government"),
    DIGITAL_IDENTITY("Digital identity"),
    DIGITAL_TRADE("Digital trade and paperless trade"),
    E_COMMERCE("E-commerce"),
    DIGITAL_PAYMENTS("Digital payments"),
    FINTECH("Fintech"),
    CYBERSECURITY("Cybersecurity"),
    DATA_PROTECTION("Data protection and governance"),
    SMART_AGRICULTURE("Smart agriculture"),
    SMART_MANUFACTURING("Smart manufacturing"),
    SMART_CITY("Smart cities"),
    SMART_LOGISTICS("Smart logistics and ports"),
    ROBOTICS("Robotics and automation"),
    SATELLITE("Satellite and space applications"),
    SUBMARINE_CABLES("Submarine cables"),
    EDTECH("Digital education"),
    HEALTHTECH("Digital health"),
    GREEN_DIGITAL("Green and low-carbon digital technology"),
    SEMICONDUCTORS("Semiconductors and integrated circuits"),
    OPEN_SOURCE("Open-source software"),
    DIGITAL_CONTENT("Digital content and creative industries"),
    AR_VR("Augmented and virtual reality"),
    DIGITAL_TWINS("Digital twins");

    private final String label;

    Technology(String label) {
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
