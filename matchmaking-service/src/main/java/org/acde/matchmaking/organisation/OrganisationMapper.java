package org.acde.matchmaking.organisation;

import java.util.Locale;

import org.acde.contracts.matchmaking.Contact;
import org.acde.contracts.matchmaking.EnterpriseInput;
import org.acde.contracts.matchmaking.EnterpriseView;
import org.acde.contracts.matchmaking.OrganisationInput;
import org.acde.contracts.matchmaking.OrganisationKind;
import org.acde.contracts.matchmaking.OrganisationView;
import org.acde.contracts.matchmaking.SizeBasis;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.types.Money;
import org.acde.matchmaking.codes.Codes;

/**
 * Between the organisation entity and its API representations, and between the enterprises' representations (the
 * deprecated {@code /api/v1/enterprises}) and the organisations' that the one service speaks.
 */
final class OrganisationMapper {

    private OrganisationMapper() {
    }

    static OrganisationView toView(Organisation e, boolean withContact) {
        Contact contact = withContact ? new Contact(e.contactPerson, e.contactEmail, e.contactPhone) : null;
        SizeBasis basis = e.kind == OrganisationKind.ENTERPRISE
                ? new SizeBasis(e.employees, Money.of(e.annualTurnoverAmount, e.annualTurnoverCurrency), e.sizeDefinition)
                : null;
        return new OrganisationView(e.id, e.kind, e.name, e.party, e.registrationId, e.sizeBand, basis, e.governmentLevel,
                e.memberCount, Codes.list(e.sectors, IsicSection::valueOf), Codes.strings(e.languages), e.website,
                e.description, contact, e.verified, e.verifiedBy, e.verifiedAt, e.ownerClient, e.createdAt, e.updatedAt);
    }

    /** Copies every client-writable field; those of other kinds are null (the input's constraint saw to it). */
    static void apply(OrganisationInput in, Organisation e) {
        e.kind = in.kind();
        e.name = in.name().strip();
        e.party = in.party();
        e.registrationId = in.registrationId();
        e.sizeBand = in.sizeBand();
        SizeBasis basis = in.sizeBasis();
        Money turnover = basis == null ? null : basis.annualTurnover();
        e.employees = basis == null ? null : basis.employees();
        e.annualTurnoverAmount = turnover == null ? null : turnover.value();
        e.annualTurnoverCurrency = turnover == null ? null : turnover.currency();
        e.sizeDefinition = basis == null ? null : basis.definition().strip();
        e.governmentLevel = in.governmentLevel();
        e.memberCount = in.memberCount();
        e.sectors = Codes.of(in.sectors());
        e.languages = in.languages().toArray(String[]::new);
        e.website = in.website();
        e.description = in.description().strip();
        e.contactPerson = in.contact().person().strip();
        e.contactEmail = in.contact().email().strip().toLowerCase(Locale.ROOT);
        e.contactPhone = in.contact().phone();
    }

    /** An enterprise as {@code /api/v1/enterprises} has always shown it. */
    static EnterpriseView toEnterpriseView(OrganisationView o) {
        return new EnterpriseView(o.id(), o.name(), o.party(), o.registrationId(), o.sizeBand(), o.sizeBasis(), o.sectors(),
                o.languages(), o.website(), o.description(), o.contact(), o.verified(), o.verifiedBy(), o.verifiedAt(),
                o.owner(), o.createdAt(), o.updatedAt());
    }

    static OrganisationInput fromEnterprise(EnterpriseInput in) {
        return new OrganisationInput(OrganisationKind.ENTERPRISE, in.name(), in.party(), in.registrationId(), in.sizeBand(),
                in.sizeBasis(), null, null, in.sectors(), in.languages(), in.website(), in.description(), in.contact());
    }
}
