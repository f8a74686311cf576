package org.acde.matchmaking.opportunity;

import java.util.List;
import java.util.UUID;

import org.acde.contracts.matchmaking.OpportunityInput;
import org.acde.contracts.matchmaking.OpportunityView;
import org.acde.contracts.matchmaking.PartnershipType;
import org.acde.contracts.matchmaking.Technology;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Party;
import org.acde.matchmaking.codes.Codes;
import org.acde.matchmaking.organisation.Organisation;

/** Between the opportunity entity and its API representations. */
public final class OpportunityMapper {

    private OpportunityMapper() {
    }

    /** The full view, or with {@code identified = false} the anonymised one: no organisation id or name. */
    public static OpportunityView toView(Opportunity e, Organisation enterprise, boolean identified) {
        return new OpportunityView(e.id, identified ? e.enterpriseId : null, identified ? enterprise.name : null, e.party,
                e.sizeBand, e.organisationKind, enterprise.verified, e.type, e.title, e.titleLanguage, e.summary, e.summaryLanguage,
                Codes.list(e.technologies, Technology::valueOf),
                Codes.strings(e.keywords), Codes.list(e.sectors, IsicSection::valueOf),
                Codes.list(e.targetParties, Party::valueOf), Codes.list(e.partnershipTypes, PartnershipType::valueOf),
                e.stage, e.measure, e.initiativeId, e.initiativeCode, e.status, e.expiresOn, e.publishedAt,
                e.answersNeeds == null ? List.of() : List.of(e.answersNeeds), e.createdAt,
                e.updatedAt);
    }

    /** Copies every client-writable field except the organisation and the initiative link. */
    static void apply(OpportunityInput in, Opportunity e) {
        e.type = in.type();
        e.title = in.title().strip();
        e.titleLanguage = in.titleLanguage();
        e.summary = in.summary().strip();
        e.summaryLanguage = in.summaryLanguage();
        e.technologies = Codes.of(in.technologies());
        e.keywords = keywords(in.keywords()).toArray(String[]::new);
        e.sectors = Codes.of(in.sectors());
        e.targetParties = Codes.of(in.targetParties());
        e.partnershipTypes = Codes.of(in.partnershipTypes());
        e.stage = in.stage();
        e.measure = in.measure();
        e.expiresOn = in.expiresOn();
        e.answersNeeds = in.answersNeeds() == null ? new UUID[0] : in.answersNeeds().toArray(UUID[]::new);
    }

    /** Keywords as given, stripped (duplicates were refused by the rules). */
    static List<String> keywords(List<String> keywords) {
        return keywords == null ? List.of() : keywords.stream().map(String::strip).toList();
    }

    static void copyEnterprise(Organisation enterprise, Opportunity e) {
        e.enterpriseId = enterprise.id;
        e.party = enterprise.party;
        e.sizeBand = enterprise.sizeBand;
        e.organisationKind = enterprise.kind;
        e.languages = enterprise.languages;
        e.ownerClient = enterprise.ownerClient;
    }
}
