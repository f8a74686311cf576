package org.acde.matchmaking.enterprise;

import java.util.Locale;

import org.acde.contracts.matchmaking.Contact;
import org.acde.contracts.matchmaking.EnterpriseInput;
import org.acde.contracts.matchmaking.EnterpriseView;
import org.acde.contracts.matchmaking.SizeBasis;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.types.Money;
import org.acde.matchmaking.platform.Codes;

/** Between the enterprise entity and its API representations. */
final class EnterpriseMapper {

    private EnterpriseMapper() {
    }

    static EnterpriseView toView(Enterprise e, boolean withContact) {
        Contact contact = withContact ? new Contact(e.contactPerson, e.contactEmail, e.contactPhone) : null;
        return new EnterpriseView(e.id, e.name, e.party, e.registrationId, e.sizeBand,
                new SizeBasis(e.employees, Money.of(e.annualTurnoverAmount, e.annualTurnoverCurrency), e.sizeDefinition),
                Codes.list(e.sectors, IsicSection::valueOf), Codes.strings(e.languages), e.website, e.description, contact,
                e.verified, e.verifiedBy, e.verifiedAt, e.ownerClient, e.createdAt, e.updatedAt);
    }

    /** Copies every client-writable field. */
    static void apply(EnterpriseInput in, Enterprise e) {
        e.name = in.name().strip();
        e.party = in.party();
        e.registrationId = in.registrationId();
        e.sizeBand = in.sizeBand();
        e.employees = in.sizeBasis().employees();
        Money turnover = in.sizeBasis().annualTurnover();
        e.annualTurnoverAmount = turnover == null ? null : turnover.value();
        e.annualTurnoverCurrency = turnover == null ? null : turnover.currency();
        e.sizeDefinition = in.sizeBasis().definition().strip();
        e.sectors = Codes.of(in.sectors());
        e.languages = in.languages().toArray(String[]::new);
        e.website = in.website();
        e.description = in.description().strip();
        e.contactPerson = in.contact().person().strip();
        e.contactEmail = in.contact().email().strip().toLowerCase(Locale.ROOT);
        e.contactPhone = in.contact().phone();
    }
}
