package org.acde.matchmaking.matching;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.acde.contracts.matchmaking.OpportunityType;
import org.acde.contracts.matchmaking.SizeBand;
import org.acde.contracts.matchmaking.Technology;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Party;

/**
 * What the matching engine knows of an opportunity, compact: vocabulary sets as bit sets (technology ordinal, ISIC
 * section ordinal, party ordinal), languages as sorted ids of their primary subtags, dates as epoch days.
 */
public final class Profile {

    /** The columns {@link #read} expects. */
    public static final String COLUMNS = "id, enterprise_id, type, party, size_band, technologies, sectors, target_parties,"
            + " languages, published_at, expires_on, version";

    private static final Map<String, Integer> LANGUAGE_IDS = new HashMap<>();

    final UUID id;
    final UUID enterpriseId;
    final OpportunityType type;
    final Party party;
    /** Null for a side that is no enterprise. */
    final SizeBand sizeBand;
    final long technologies;
    final int sectors;
    /** 0 when open to every party. */
    final int targetParties;
    final int[] languages;
    final int publishedDay;
    final int expiresDay;
    final long version;

    Profile(UUID id, UUID enterpriseId, OpportunityType type, Party party, SizeBand sizeBand, long technologies, int sectors,
            int targetParties, int[] languages, int publishedDay, int expiresDay, long version) {
        this.id = id;
        this.enterpriseId = enterpriseId;
        this.type = type;
        this.party = party;
        this.sizeBand = sizeBand;
        this.technologies = technologies;
        this.sectors = sectors;
        this.targetParties = targetParties;
        this.languages = languages;
        this.publishedDay = publishedDay;
        this.expiresDay = expiresDay;
        this.version = version;
    }

    /**
     * From stored codes; {@code publishedOn} is null for a draft (matched as if published today), {@code sizeBand} null
     * for a side that is no enterprise (a party's need).
     */
    public static Profile of(UUID id, UUID enterpriseId, String type, String party, String sizeBand, String[] technologies,
            String[] sectors, String[] targetParties, String[] languages, LocalDate publishedOn, LocalDate expiresOn,
            long version, LocalDate today) {
        long tech = 0;
        for (String code : technologies) {
            tech |= 1L << Technology.valueOf(code).ordinal();
        }
        int sec = 0;
        for (String code : sectors) {
            sec |= 1 << IsicSection.valueOf(code).ordinal();
        }
        int targets = 0;
        for (String code : targetParties) {
            targets |= 1 << Party.valueOf(code).ordinal();
        }
        int[] langs = Arrays.stream(languages).mapToInt(Profile::languageId).distinct().sorted().toArray();
        return new Profile(id, enterpriseId, OpportunityType.valueOf(type), Party.valueOf(party), sizeBand == null ? null : SizeBand.valueOf(sizeBand),
                tech, sec, targets, langs, (int) (publishedOn == null ? today : publishedOn).toEpochDay(),
                (int) expiresOn.toEpochDay(), version);
    }

    /** One row with (at least) the {@link #COLUMNS}, read by name. */
    public static Profile read(ResultSet row, LocalDate today) throws SQLException {
        Timestamp published = row.getTimestamp("published_at");
        return of(row.getObject("id", UUID.class), row.getObject("enterprise_id", UUID.class), row.getString("type"),
                row.getString("party"), row.getString("size_band"), strings(row.getArray("technologies")),
                strings(row.getArray("sectors")), strings(row.getArray("target_parties")), strings(row.getArray("languages")),
                published == null ? null : published.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                row.getObject("expires_on", LocalDate.class), row.getLong("version"), today);
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    /** The primary subtag decides: zh-Hans and zh-Hant share zh. */
    static synchronized int languageId(String tag) {
        String primary = tag.toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        return LANGUAGE_IDS.computeIfAbsent(dash < 0 ? primary : primary.substring(0, dash), key -> LANGUAGE_IDS.size());
    }

    static synchronized String languageOf(int id) {
        return LANGUAGE_IDS.entrySet().stream().filter(entry -> entry.getValue() == id).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    public UUID id() {
        return id;
    }

    boolean isMsme() {
        return sizeBand != null && sizeBand.isMsme();
    }

    /** Equal scores rank by id, in the order of the ids' text (unsigned, most significant half first). */
    static int compareIds(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
