package org.acde.contracts.reference;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The twelve parties of the platform by ISO 3166-1 alpha-2 code: the ASEAN member states, Timor-Leste and China.
 * ASEAN dates are those of admission; Timor-Leste was an observer from 2022-11-11 and a member from 2025-10-26.
 *
 * <p><b>The order of the constants is persisted</b>: initiatives-service stores sets of parties as bit masks by
 * ordinal ({@code PartyBits}, column {@code initiative.party_mask}, written with this order by migration V3). Never
 * reorder or remove a constant; a new party goes at the end. {@code PartyBitsTest} (initiatives-service) fails otherwise.
 */
public enum Party implements Coded {
    BN(PartyGroup.ASEAN, null, LocalDate.of(1984, 1, 7)),
    KH(PartyGroup.ASEAN, null, LocalDate.of(1999, 4, 30)),
    ID(PartyGroup.ASEAN, null, LocalDate.of(1967, 8, 8)),
    LA(PartyGroup.ASEAN, null, LocalDate.of(1997, 7, 23)),
    MY(PartyGroup.ASEAN, null, LocalDate.of(1967, 8, 8)),
    MM(PartyGroup.ASEAN, null, LocalDate.of(1997, 7, 23)),
    PH(PartyGroup.ASEAN, null, LocalDate.of(1967, 8, 8)),
    SG(PartyGroup.ASEAN, null, LocalDate.of(1967, 8, 8)),
    TH(PartyGroup.ASEAN, null, LocalDate.of(1967, 8, 8)),
    VN(PartyGroup.ASEAN, null, LocalDate.of(1995, 7, 28)),
    TL(PartyGroup.ASEAN, LocalDate.of(2022, 11, 11), LocalDate.of(2025, 10, 26)),
    CN(PartyGroup.CHINA, null, null);

    private final PartyGroup group;
    private final LocalDate aseanObserverFrom;
    private final LocalDate aseanMemberFrom;

    Party(PartyGroup group, LocalDate aseanObserverFrom, LocalDate aseanMemberFrom) {
        this.group = group;
        this.aseanObserverFrom = aseanObserverFrom;
        this.aseanMemberFrom = aseanMemberFrom;
    }

    @Override
    public String code() {
        return name();
    }

    public PartyGroup group() {
        return group;
    }

    public Optional<LocalDate> aseanObserverFrom() {
        return Optional.ofNullable(aseanObserverFrom);
    }

    public Optional<LocalDate> aseanMemberFrom() {
        return Optional.ofNullable(aseanMemberFrom);
    }

    /** ASEAN standing on {@code date}; empty for China and before a state joined or observed. */
    public Optional<AseanStatus> aseanStatusOn(LocalDate date) {
        if (aseanMemberFrom != null && !date.isBefore(aseanMemberFrom)) {
            return Optional.of(AseanStatus.MEMBER);
        }
        if (aseanObserverFrom != null && !date.isBefore(aseanObserverFrom)) {
            return Optional.of(AseanStatus.OBSERVER);
        }
        return Optional.empty();
    }

    /** Whether the party took part in ASEAN–China cooperation on {@code date}: China always, ASEAN states once in. */
    public boolean isPartyOn(LocalDate date) {
        return group == PartyGroup.CHINA || aseanStatusOn(date).isPresent();
    }
}
