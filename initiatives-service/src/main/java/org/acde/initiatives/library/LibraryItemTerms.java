package org.acde.initiatives.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import org.acde.contracts.library.LibraryDocumentType;
import org.acde.contracts.library.LibraryItemStatus;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.SubArea;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The narrow copy of a library item that counts a text query's matches (migration V9 keeps it, by trigger). Its
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

    @JdbcTypeCode(SqlTypes.JSON)
    List<SubArea> subAreas;

    int partyMask;
    String languageKey;
    LocalDate publicationDate;

    @Enumerated(EnumType.STRING)
    LibraryItemStatus status;

    Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "library_item_initiative", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "initiative_id")
    Set<UUID> relatedInitiatives = new HashSet<>();
}
