package org.acde.initiatives.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.acde.contracts.library.LibraryDocumentType;
import org.acde.contracts.library.LibraryItemStatus;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A document in the knowledge exchange library. */
@Entity
public class LibraryItem extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;
    public String summary;

    @Enumerated(EnumType.STRING)
    public LibraryDocumentType documentType;

    @Enumerated(EnumType.STRING)
    public Measure measure;

    /** In the order given, as {@code varchar[]} of the enum names; the column {@code sub_areas} is the previous version's JSON. */
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_area_codes")
    public SubArea[] subAreas = new SubArea[0];

    /** As {@code varchar[]} of the enum names; the column {@code parties} is the previous version's JSON. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "party_codes")
    public Set<Party> parties = EnumSet.noneOf(Party.class);

    /** The parties as bits ({@code PartyBits}), for filters that need no array. */
    public int partyMask;

    /** BCP 47 tag as the client wrote it. */
    public String language;
    public LocalDate publicationDate;
    public String url;
    public String licence;

    /** {@code uuid[]}; a deleted initiative drops out of it (migration V13). */
    public UUID[] relatedInitiatives = new UUID[0];

    @Enumerated(EnumType.STRING)
    public LibraryItemStatus status;
    @Column(name = "status_reason")
    public String statusReason;

    /** When it was first published; from then on it is public. */
    public Instant publishedAt;

    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;

    /** Stored by PostgreSQL (lower-case language); only ever named in queries, never loaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(insertable = false, updatable = false)
    String languageKey;

    /** Stored by PostgreSQL from the title and summary; only ever named in queries, never loaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(insertable = false, updatable = false)
    String search;

    @Version
    public long version;

    public boolean isPublic() {
        return publishedAt != null;
    }
}
