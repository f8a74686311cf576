package org.acde.contracts.reference;

/** The kinds of organisation the statement wants at the table. */
public enum StakeholderType implements Coded {
    GOVERNMENT("Government"),
    PRIVATE_SECTOR("Private sector"),
    ACADEMIA("Academia"),
    CIVIL_SOCIETY("Civil society"),
    INTERNATIONAL_ORGANISATION("International organisation");

    private final String label;

    StakeholderType(String label) {
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
