package org.acde.capacity.program;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.capacity.ProgramInput;
import org.acde.contracts.capacity.ProgramView;

/** Between the program entity and its API representations. */
final class ProgramMapper {

    private ProgramMapper() {
    }

    static ProgramView toView(Program e) {
        return new ProgramView(e.id, e.title, e.titleLanguage, e.description, e.descriptionLanguage, e.measure, List.copyOf(e.topics), List.copyOf(e.audiences),
                e.providerParty, e.providerOrganisation, e.delivery, List.copyOf(e.languages), e.initiativeId,
                e.initiativeCode, e.answersNeeds == null ? List.of() : List.of(e.answersNeeds), e.certificateValidityMonths, e.status, e.createdBy, e.createdAt, e.updatedBy, e.updatedAt);
    }

    /** Copies every client-writable field except the initiative link, which is set once checked. */
    static void apply(ProgramInput in, Program e) {
        e.title = in.title().strip();
        e.titleLanguage = in.titleLanguage();
        e.description = in.description().strip();
        e.descriptionLanguage = in.descriptionLanguage();
        e.measure = in.measure();
        e.topics = new ArrayList<>(in.topics());
        e.audiences = new ArrayList<>(in.audiences());
        e.providerParty = in.providerParty();
        e.providerOrganisation = in.providerOrganisation().strip();
        e.delivery = in.delivery();
        e.languages = new ArrayList<>(in.languages());
        e.certificateValidityMonths = in.certificateValidityMonths();
        e.answersNeeds = in.answersNeeds() == null ? new UUID[0] : in.answersNeeds().toArray(UUID[]::new);
    }
}
