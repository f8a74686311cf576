package org.acde.initiatives.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.acde.contracts.library.LibraryDocumentType;
import org.acde.contracts.library.LibraryItemStatus;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A document in the knowledge exchange library. Related initiatives have their own table: it references them. */
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

    @JdbcTypeCode(SqlTypes.JSON)
    public List<SubArea> subAreas = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Party> parties = new ArrayList<>();

    /** The parties as bits ({@code PartyBits}), for filters that must not read the JSON. */
    public int partyMask;

    /** BCP 47 tag as the client wrote it. */
    public String language;
    public LocalDate publicationDate;
    public String url;
    public String licence;

    @ElementCollection
    @CollectionTable(name = "library_item_initiative", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "initiative_id")
    @BatchSize(size = 100)
    public Set<UUID> relatedInitiatives = new HashSet<>();

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
