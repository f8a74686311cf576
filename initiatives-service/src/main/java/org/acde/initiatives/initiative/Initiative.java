package org.acde.initiatives.initiative;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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

import org.acde.contracts.initiatives.DocumentLink;
import org.acde.contracts.initiatives.InitiativeStatus;
import org.acde.contracts.initiatives.Organisation;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A cooperation initiative. Its lists of codes are Java arrays, not {@code List}s: Hibernate 7.2 mapped a
 * {@code List<String>} tagged {@code @JdbcTypeCode(SqlTypes.ARRAY)} as JSON while the entity had a JSON
 * {@code List<String>} too.
 */
@Entity
public class Initiative extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;
    public String title;
    /** BCP 47 tag of the title's language, as the client gave it; null when not given. */
    public String titleLanguage;
    public String summary;
    public String summaryLanguage;
    public String objectives;
    public String targetGroups;

    @Enumerated(EnumType.STRING)
    public Measure measure;

    /** In the order given, as {@code varchar[]} of the enum names; the column {@code sub_areas} is the previous version's JSON. */
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_area_codes")
    public SubArea[] subAreas = new SubArea[0];

    @Enumerated(EnumType.STRING)
    public Party leadParty;

    /** The lead included, as {@code varchar[]} of the enum names. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public Set<Party> participatingParties = EnumSet.noneOf(Party.class);

    /** Lower case, in the order given ({@code varchar[]}). */
    public String[] tags = new String[0];

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Organisation> organisations = new ArrayList<>();

    /** In the order given ({@code varchar[]}); the column {@code mechanisms} is the previous version's JSON. */
    @Column(name = "mechanism_names")
    public String[] mechanisms = new String[0];

    @JdbcTypeCode(SqlTypes.JSON)
    public List<DocumentLink> documents = new ArrayList<>();

    /** Cooperation needs (matchmaking-service) the initiative declares it answers; stored as given, not checked here. */
    public UUID[] answersNeeds;

    public LocalDate plannedStart;
    public LocalDate plannedEnd;
    public LocalDate actualStart;
    public LocalDate actualEnd;

    public BigDecimal budgetOriginalAmount;
    public String budgetOriginalCurrency;
    public BigDecimal budgetRevisedAmount;
    public String budgetRevisedCurrency;

    @Enumerated(EnumType.STRING)
    public InitiativeStatus status;

    /** When it was first endorsed; from then on it is public. */
    public Instant endorsedAt;

    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;

    /** The participating parties as bits ({@link PartyBits}), for filters that must not join. */
    public int partyMask;

    /** Stored by PostgreSQL from the text fields; only ever named in queries, never loaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(insertable = false, updatable = false)
    String search;

    /** Stored by PostgreSQL: the dates it runs; only ever named in queries, never loaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(insertable = false, updatable = false)
    String running;

    @Version
    public long version;

    public boolean isPublic() {
        return endorsedAt != null;
    }
}
