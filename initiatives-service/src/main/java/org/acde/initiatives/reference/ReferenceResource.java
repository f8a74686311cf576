package org.acde.initiatives.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import org.acde.contracts.paging.Page;
import org.acde.contracts.reference.CodeLabel;
import org.acde.contracts.reference.Coded;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.MeasureView;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.PartyView;
import org.acde.contracts.reference.ReferenceApi;
import org.acde.contracts.reference.StakeholderType;
import org.acde.kernel.i18n.RequestLanguage;

/** Serves the reference data compiled into contracts, labelled in the request's language; public, read-only. */
@PermitAll
public class ReferenceResource implements ReferenceApi {

    private final Clock clock;

    ReferenceResource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Page<PartyView> parties(LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        Locale language = RequestLanguage.current();
        return Page.of(Arrays.stream(Party.values())
                .filter(party -> party.isPartyOn(date))
                .map(party -> PartyView.of(party, date, language))
                .toList());
    }

    @Override
    public Page<MeasureView> measures() {
        Locale language = RequestLanguage.current();
        return Page.of(Arrays.stream(Measure.values()).map(measure -> MeasureView.of(measure, language)).toList());
    }

    @Override
    public Page<CodeLabel> sectors() {
        return labelled(IsicSection.values());
    }

    @Override
    public Page<CodeLabel> stakeholderTypes() {
        return labelled(StakeholderType.values());
    }

    private static Page<CodeLabel> labelled(Coded[] values) {
        Locale language = RequestLanguage.current();
        return Page.of(Arrays.stream(values).map(value -> CodeLabel.of(value, language)).toList());
    }
}
