package org.acde.initiatives.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.annotation.security.PermitAll;

import org.acde.contracts.paging.Page;
import org.acde.contracts.reference.CodeLabel;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.MeasureView;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.PartyView;
import org.acde.contracts.reference.ReferenceApi;
import org.acde.contracts.reference.StakeholderType;

/** Serves the reference data compiled into contracts; public, read-only. */
@PermitAll
public class ReferenceResource implements ReferenceApi {

    private final Clock clock;

    ReferenceResource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Page<PartyView> parties(LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        return Page.of(Arrays.stream(Party.values())
                .filter(party -> party.isPartyOn(date))
                .map(party -> PartyView.of(party, date))
                .toList());
    }

    @Override
    public Page<MeasureView> measures() {
        return Page.of(Arrays.stream(Measure.values()).map(MeasureView::of).toList());
    }

    @Override
    public Page<CodeLabel> sectors() {
        return Page.of(Arrays.stream(IsicSection.values()).map(CodeLabel::of).toList());
    }

    @Override
    public Page<CodeLabel> stakeholderTypes() {
        return Page.of(Arrays.stream(StakeholderType.values()).map(CodeLabel::of).toList());
    }
}
