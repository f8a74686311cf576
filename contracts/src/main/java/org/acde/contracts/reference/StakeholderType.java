package org.acde.contracts.reference;

/** The kinds of organisation the statement wants at the table. */
public enum StakeholderType implements Coded {
    GOVERNMENT,
    PRIVATE_SECTOR,
    ACADEMIA,
    CIVIL_SOCIETY,
    INTERNATIONAL_ORGANISATION;

    @Override
    public String code() {
        return name();
    }
}
