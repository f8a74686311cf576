package org.acde.initiatives.library;

import java.util.ArrayList;
import java.util.List;

import org.acde.contracts.library.LibraryItemInput;
import org.acde.contracts.library.LibraryItemView;
import org.acde.initiatives.initiative.PartyBits;

/** Between the library item entity and its API representations. */
final class LibraryItemMapper {

    private LibraryItemMapper() {
    }

    static LibraryItemView toView(LibraryItem e) {
        return new LibraryItemView(e.id, e.title, e.summary, e.documentType, e.measure, List.copyOf(e.subAreas),
                e.parties.stream().sorted().toList(), e.language, e.publicationDate, e.url, e.licence,
                e.relatedInitiatives.stream().sorted().toList(), e.status, e.statusReason, e.publishedAt, e.createdBy, e.createdAt,
                e.updatedBy, e.updatedAt);
    }

    /** Copies every client-writable field. */
    static void apply(LibraryItemInput in, LibraryItem e) {
        e.title = in.title().strip();
        e.summary = in.summary().strip();
        e.documentType = in.documentType();
        e.measure = in.measure();
        e.subAreas = new ArrayList<>(in.subAreasOrEmpty());
        e.parties = new ArrayList<>(in.parties().stream().sorted().toList());
        e.partyMask = PartyBits.of(e.parties);
        e.language = in.language();
        e.publicationDate = in.publicationDate();
        e.url = in.url();
        e.licence = in.licence() == null || in.licence().isBlank() ? null : in.licence().strip();
        e.relatedInitiatives.clear();
        e.relatedInitiatives.addAll(in.relatedInitiativesOrEmpty());
    }
}
