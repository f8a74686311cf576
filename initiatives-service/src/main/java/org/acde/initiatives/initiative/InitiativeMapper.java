package org.acde.initiatives.initiative;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.acde.contracts.initiatives.Budget;
import org.acde.contracts.initiatives.HistoryEntry;
import org.acde.contracts.initiatives.InitiativeInput;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.reference.SubArea;
import org.acde.contracts.types.Money;

/** Between the initiative entity and its API representations. */
final class InitiativeMapper {

    private InitiativeMapper() {
    }

    static InitiativeView toView(Initiative e) {
        Budget budget = e.budgetOriginalAmount == null ? null
                : new Budget(Money.of(e.budgetOriginalAmount, e.budgetOriginalCurrency),
                        Money.of(e.budgetRevisedAmount, e.budgetRevisedCurrency));
        return new InitiativeView(e.id, e.code, e.title, e.titleLanguage, e.summary, e.summaryLanguage, e.objectives, e.targetGroups, e.measure,
                List.of(e.subAreas), List.of(e.tags), e.leadParty,
                e.participatingParties.stream().sorted().toList(), List.copyOf(e.organisations),
                List.of(e.mechanisms), e.plannedStart, e.plannedEnd, e.actualStart, e.actualEnd, budget,
                List.copyOf(e.documents), e.answersNeeds == null ? List.of() : List.of(e.answersNeeds), e.status, e.createdBy, e.createdAt, e.updatedBy, e.updatedAt);
    }

    /** One entry of the initiative's history; an entry that changed no field lists none. */
    static HistoryEntry toView(InitiativeEvent e) {
        return new HistoryEntry(e.at, e.by, e.kind, e.fromStatus, e.toStatus, e.reason,
                e.changes.isEmpty() ? null : e.changes, e.dialogueId);
    }

    /** Copies every client-writable field; tags are case-insensitive and kept in lower case. */
    static void apply(InitiativeInput in, Initiative e) {
        e.title = in.title().strip();
        e.titleLanguage = in.titleLanguage();
        e.summary = in.summary().strip();
        e.summaryLanguage = in.summaryLanguage();
        e.objectives = in.objectives();
        e.targetGroups = in.targetGroups();
        e.measure = in.measure();
        e.subAreas = in.subAreasOrEmpty().toArray(SubArea[]::new);
        e.leadParty = in.leadParty();
        e.participatingParties.clear();
        e.participatingParties.addAll(EnumSet.copyOf(in.participatingParties()));
        e.partyMask = PartyBits.of(e.participatingParties);
        e.tags = in.tagsOrEmpty().stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        e.organisations = new ArrayList<>(in.organisationsOrEmpty());
        e.mechanisms = in.mechanismsOrEmpty().toArray(String[]::new);
        e.documents = new ArrayList<>(in.documentsOrEmpty());
        e.answersNeeds = in.answersNeedsOrEmpty().toArray(UUID[]::new);
        e.plannedStart = in.plannedStart();
        e.plannedEnd = in.plannedEnd();
        Budget budget = in.budget();
        e.budgetOriginalAmount = budget == null ? null : budget.original().value();
        e.budgetOriginalCurrency = budget == null ? null : budget.original().currency();
        e.budgetRevisedAmount = budget == null || budget.revised() == null ? null : budget.revised().value();
        e.budgetRevisedCurrency = budget == null || budget.revised() == null ? null : budget.revised().currency();
    }
}
