package org.acde.initiatives.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.acde.contracts.library.LibraryDocumentType;
import org.acde.contracts.library.LibraryItemStatus;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.SubArea;
import org.hibernate.annotations.Immutable;

/**
 * The narrow copy of a library item that counts a text query's matches (migrations V9 and V13 keep it, by trigger). Its
 * fields carry the names of {@link LibraryItem}'s, so {@link LibraryItemFilters} writes one condition for both; only
 * counted, never loaded or written.
 */
@Entity
@Immutable
class LibraryItemTerms {

    @Id
    UUID id;

    /** The searchable words and each pair of adjacent words as one lexeme. */
    String terms;

    @Enumerated(EnumType.STRING)
    LibraryDocumentType documentType;

    @Enumerated(EnumType.STRING)
    Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_area_codes")
    SubArea[] subAreas;

    int partyMask;
    String languageKey;
    LocalDate publicationDate;

    @Enumerated(EnumType.STRING)
    LibraryItemStatus status;

    Instant publishedAt;

    UUID[] relatedInitiatives;
}
