package org.acde.matchmaking.need;

import org.acde.contracts.capacity.Audience;
import org.acde.contracts.matchmaking.Technology;
import org.acde.contracts.needs.NeedInput;
import org.acde.contracts.needs.NeedView;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.SubArea;
import org.acde.matchmaking.codes.Codes;

/** Between the need entity and its API representations. */
final class NeedMapper {

    private NeedMapper() {
    }

    static NeedView toView(Need e) {
        return new NeedView(e.id, e.party, e.kind, e.measure, Codes.list(e.subAreas, SubArea::valueOf), e.title, e.titleLanguage,
                e.description, e.descriptionLanguage, Codes.list(e.audiences, Audience::valueOf), e.audienceSize,
                Codes.list(e.technologies, Technology::valueOf), Codes.list(e.sectors, IsicSection::valueOf),
                Codes.strings(e.languages), e.startsOn, e.endsOn, e.status, e.statusReason, e.createdBy, e.createdAt, e.updatedAt);
    }

    /** Copies every client-writable field but the party. */
    static void apply(NeedInput in, Need e) {
        e.kind = in.kind();
        e.measure = in.measure();
        e.subAreas = Codes.of(in.subAreas());
        e.title = in.title().strip();
        e.titleLanguage = in.titleLanguage();
        e.description = in.description().strip();
        e.descriptionLanguage = in.descriptionLanguage();
        e.audiences = Codes.of(in.audiences());
        e.audienceSize = in.audienceSize();
        e.technologies = Codes.of(in.technologies());
        e.sectors = Codes.of(in.sectors());
        e.languages = in.languages() == null ? new String[0] : in.languages().toArray(String[]::new);
        e.startsOn = in.startsOn();
        e.endsOn = in.endsOn();
    }
}
