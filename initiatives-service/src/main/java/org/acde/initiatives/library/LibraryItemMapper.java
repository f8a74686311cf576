package org.acde.initiatives.library;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.acde.contracts.library.LibraryItemInput;
import org.acde.contracts.library.LibraryItemView;
import org.acde.contracts.reference.SubArea;
import org.acde.initiatives.initiative.PartyBits;

/** Between the library item entity and its API representations. */
final class LibraryItemMapper {

    private LibraryItemMapper() {
    }

    static LibraryItemView toView(LibraryItem e) {
        return new LibraryItemView(e.id, e.title, e.summary, e.documentType, e.measure, List.of(e.subAreas),
                e.parties.stream().sorted().toList(), e.language, e.publicationDate, e.url, e.licence,
                Stream.of(e.relatedInitiatives).sorted().toList(), e.status, e.statusReason, e.publishedAt, e.createdBy, e.createdAt,
                e.updatedBy, e.updatedAt);
    }

    /** Copies every client-writable field. */
    static void apply(LibraryItemInput in, LibraryItem e) {
        e.title = in.title().strip();
        e.summary = in.summary().strip();
        e.documentType = in.documentType();
        e.measure = in.measure();
        e.subAreas = in.subAreasOrEmpty().toArray(SubArea[]::new);
        e.parties.clear();
        e.parties.addAll(in.parties());
        e.partyMask = PartyBits.of(e.parties);
        e.language = in.language();
        e.publicationDate = in.publicationDate();
        e.url = in.url();
        e.licence = in.licence() == null || in.licence().isBlank() ? null : in.licence().strip();
        e.relatedInitiatives = in.relatedInitiativesOrEmpty().toArray(UUID[]::new);
    }
}
