package org.acde.matchmaking.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.acde.contracts.matchmaking.OpportunityType;
import org.acde.contracts.reference.Party;
import org.acde.matchmaking.opportunity.ProfileChanges;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * The fast path of matching: every published opportunity's {@link Profile} in memory, grouped by type and by exact
 * technology set. Within a group every candidate has the same technology value against a query, so the group has one
 * upper bound on its members' scores before freshness ({@link Scorer#boundBeforeFreshness}), and its members are kept
 * newest first, so freshness only falls along it. A query visits the groups in descending order of that bound and each
 * group's members until the bound, completed with the member's freshness, falls below the k-th best score so far: the
 * rest cannot enter the top k. Since bounds are never below real scores, the result is exactly what scoring every
 * candidate gives (the naive scorer of matchmaking-tools; its MatchEquivalenceTest proves it).
 *
 * <p>Kept up to date by this instance's writes once they commit ({@link ProfileChanges}) and, for writes of other
 * instances and bulk loads, by re-reading the rows changed since the last look every {@code acde.matching.refresh-every}.
 * Loaded in the background at start ({@link IndexWarmUp}), or on first use.
 */
@ApplicationScoped
public class MatchIndex {

    private static final Logger LOG = Logger.getLogger(MatchIndex.class);
    private static final int TYPES = OpportunityType.values().length;
    private static final int PARTIES = Party.values().length;
    private static final int TERMS = 64;
    private static final double QUANTUM = 0x1p40;
    /** A group's position travels in the low 22 bits of its heap entry. */
    private static final int MAX_GROUPS = 1 << 22;
    /** Rows re-read by a refresh start this long before the last change seen, for transactions that committed late. */
    private static final long REFRESH_OVERLAP_SECONDS = 60;

    private final DataSource database;
    private final MatchingConfig config;
    private final Clock clock;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private volatile boolean loaded;
    private Profile[] slots;
    private int size;
    private int dead;
    private Map<UUID, Integer> slotOf;
    /** Per type: the groups of candidates with one technology set, by that set, and the same groups as a list. */
    private List<Map<Long, Group>> groups;
    private List<List<Group>> groupLists;
    private int[] documentFrequency;
    private int published;
    /** The database's clock when the last full or incremental read began. */
    private Instant watermark;

    MatchIndex(DataSource database, MatchingConfig config, Clock clock) {
        this.database = database;
        this.config = config;
        this.clock = clock;
    }

    /** The k best published, unexpired candidates of the complementary type from other enterprises. */
    Ranking top(Profile q, int k) {
        return top(q, List.of(q.type.complement()), k);
    }

    /** The k best published, unexpired candidates of the given types from other enterprises. */
    Ranking top(Profile q, List<OpportunityType> types, int k) {
        ensureLoaded();
        lock.readLock().lock();
        try {
            Scorer scorer = newScorer();
            List<Group> candidates = candidates(types);
            // Order the groups by the bound of their newest member over all parties, quantised to 2^-40 and packed with
            // the group's position (< 2^22) into one long; within a group, each party's members have their own bound.
            long[] order = new long[candidates.size()];
            for (int g = 0; g < order.length; g++) {
                Group group = candidates.get(g);
                double bound = scorer.bound(scorer.boundBeforeFreshness(q, group.technologies, null), group.newest);
                order[g] = ((long) Math.floor(bound * QUANTUM) << 22) | g;
            }
            // A max-heap: only the groups visited are ever taken out of it in order.
            int remaining = order.length;
            for (int i = remaining / 2 - 1; i >= 0; i--) {
                siftDown(order, i, remaining);
            }
            TopK top = new TopK(k);
            int scored = 0;
            while (remaining > 0) {
                long best = order[0];
                // Every group left has a bound below (quantised + 1) / 2^40.
                if (top.full() && ((best >>> 22) + 1) / QUANTUM < top.floor()) {
                    break;
                }
                order[0] = order[--remaining];
                siftDown(order, 0, remaining);
                Group group = candidates.get((int) (best & 0x3FFFFF));
                for (Party party : Party.values()) {
                    int p = party.ordinal();
                    if (group.size[p] == 0) {
                        continue;
                    }
                    double beforeFreshness = scorer.boundBeforeFreshness(q, group.technologies, party);
                    int[] members = group.slots[p];
                    int[] days = group.days[p];
                    for (int m = 0; m < group.size[p]; m++) {
                        if (top.full() && scorer.bound(beforeFreshness, days[m]) < top.floor()) {
                            break;
                        }
                        if (offer(top, scorer, q, slots[members[m]])) {
                            scored++;
                        }
                    }
                }
            }
            return new Ranking(scorer, top.best(), scored);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The groups of {@code types}, one list; positions must fit the heap entry as within one type. */
    private List<Group> candidates(List<OpportunityType> types) {
        if (types.size() == 1) {
            return groupLists.get(types.get(0).ordinal());
        }
        List<Group> all = new ArrayList<>();
        for (OpportunityType type : types) {
            all.addAll(groupLists.get(type.ordinal()));
        }
        if (all.size() > MAX_GROUPS) {
            throw new IllegalStateException("More than " + MAX_GROUPS + " technology sets in types " + types);
        }
        return all;
    }

    private static void siftDown(long[] heap, int index, int size) {
        long value = heap[index];
        while (true) {
            int child = 2 * index + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= value) {
                break;
            }
            heap[index] = heap[child];
            index = child;
        }
        heap[index] = value;
    }

    /** Scores a live candidate of another enterprise; false for a removed, expired or own one. */
    private static boolean offer(TopK top, Scorer scorer, Profile q, Profile candidate) {
        if (candidate != null && candidate.expiresDay >= scorer.today() && !candidate.enterpriseId.equals(q.enterpriseId)) {
            top.offer(candidate, scorer.score(q, candidate));
            return true;
        }
        return false;
    }

    /** A scorer with the term rarities of now. */
    Scorer scorer() {
        ensureLoaded();
        lock.readLock().lock();
        try {
            return newScorer();
        } finally {
            lock.readLock().unlock();
        }
    }

    private Scorer newScorer() {
        return new Scorer(config, published, documentFrequency.clone(), (int) today().toEpochDay());
    }

    public int size() {
        ensureLoaded();
        return published;
    }

    /** Reads every published opportunity again. */
    public void reload() {
        lock.writeLock().lock();
        try {
            long started = System.nanoTime();
            clear();
            try (Connection connection = database.getConnection()) {
                connection.setAutoCommit(false);
                watermark = databaseNow(connection);
                try (PreparedStatement select = connection.prepareStatement("SELECT " + Profile.COLUMNS
                        + " FROM opportunity WHERE status = 'PUBLISHED'")) {
                    select.setFetchSize(10_000);
                    LocalDate today = today();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            add(Profile.read(rows, today));
                        }
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not load the matching index", e);
            }
            loaded = true;
            LOG.infof("Matching index: %d published opportunities loaded in %d ms", published, (System.nanoTime() - started) / 1_000_000);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void ensureLoaded() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    reload();
                }
            }
        }
    }

    /** This instance's own changes, as soon as they are committed. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanges changes) {
        if (loaded && !changes.opportunityIds().isEmpty()) {
            try (Connection connection = database.getConnection()) {
                apply(connection, "id = ANY (?)", connection.createArrayOf("uuid", changes.opportunityIds().toArray()));
            } catch (SQLException e) {
                LOG.warnf("Matching index: could not read changed opportunities (%s); the next refresh catches up", e.getMessage());
            }
        }
    }

    /**
     * Changes by other instances and bulk loads: the rows updated since the last read began, less an overlap for
     * transactions that committed a while after they stamped {@code updated_at}. Rows already held at their version
     * are skipped without being parsed.
     */
    @Scheduled(every = "${acde.matching.refresh-every:30s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (loaded) {
            try (Connection connection = database.getConnection()) {
                Instant next = databaseNow(connection);
                apply(connection, "updated_at >= ?", Timestamp.from(watermark.minusSeconds(REFRESH_OVERLAP_SECONDS)));
                watermark = next;
            } catch (SQLException e) {
                LOG.warnf("Matching index: could not read changed opportunities (%s); the next refresh retries", e.getMessage());
            }
        }
    }

    private void apply(Connection connection, String condition, Object parameter) throws SQLException {
        List<Profile> current = new ArrayList<>();
        List<UUID> gone = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + Profile.COLUMNS
                + ", status FROM opportunity WHERE " + condition)) {
            select.setObject(1, parameter);
            LocalDate today = today();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject("id", UUID.class);
                    if (!"PUBLISHED".equals(rows.getString("status"))) {
                        gone.add(id);
                    } else if (!holds(id, rows.getLong("version"))) {
                        current.add(Profile.read(rows, today));
                    }
                }
            }
        }
        lock.writeLock().lock();
        try {
            for (UUID id : gone) {
                remove(id);
            }
            for (Profile profile : current) {
                Integer slot = slotOf.get(profile.id);
                if (slot == null || slots[slot].version != profile.version) {
                    remove(profile.id);
                    add(profile);
                }
            }
            if (dead > 10_000 && dead > size / 2) {
                compact();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private boolean holds(UUID id, long version) {
        lock.readLock().lock();
        try {
            Integer slot = slotOf.get(id);
            return slot != null && slots[slot].version == version;
        } finally {
            lock.readLock().unlock();
        }
    }

    private static Instant databaseNow(Connection connection) throws SQLException {
        try (PreparedStatement now = connection.prepareStatement("SELECT now()"); ResultSet row = now.executeQuery()) {
            row.next();
            return row.getTimestamp(1).toInstant();
        }
    }

    private void clear() {
        slots = new Profile[1024];
        size = 0;
        dead = 0;
        slotOf = new HashMap<>();
        groups = new ArrayList<>();
        groupLists = new ArrayList<>();
        for (int t = 0; t < TYPES; t++) {
            groups.add(new HashMap<>());
            groupLists.add(new ArrayList<>());
        }
        documentFrequency = new int[TERMS];
        published = 0;
    }

    private void add(Profile profile) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
        }
        int slot = size++;
        slots[slot] = profile;
        slotOf.put(profile.id, slot);
        Map<Long, Group> ofType = groups.get(profile.type.ordinal());
        if (ofType.size() == MAX_GROUPS && !ofType.containsKey(profile.technologies)) {
            throw new IllegalStateException("More than " + MAX_GROUPS + " technology sets in one type");
        }
        Group group = ofType.get(profile.technologies);
        if (group == null) {
            group = new Group(profile.technologies);
            ofType.put(profile.technologies, group);
            groupLists.get(profile.type.ordinal()).add(group);
        }
        group.add(slot, profile.party.ordinal(), profile.publishedDay);
        for (long rest = profile.technologies; rest != 0; rest &= rest - 1) {
            documentFrequency[Long.numberOfTrailingZeros(rest)]++;
        }
        published++;
    }

    /** Leaves the slot empty; the group that still lists it skips it, and {@link #compact} drops it. */
    private void remove(UUID id) {
        Integer slot = slotOf.remove(id);
        if (slot == null) {
            return;
        }
        Profile profile = slots[slot];
        slots[slot] = null;
        for (long rest = profile.technologies; rest != 0; rest &= rest - 1) {
            documentFrequency[Long.numberOfTrailingZeros(rest)]--;
        }
        published--;
        dead++;
    }

    private void compact() {
        Profile[] live = Arrays.stream(slots, 0, size).filter(java.util.Objects::nonNull).toArray(Profile[]::new);
        clear();
        for (Profile profile : live) {
            add(profile);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The candidates of one type with one technology set, per party: slots newest first, with their publication days. */
    static final class Group {
        final long technologies;
        final int[][] slots = new int[PARTIES][];
        final int[][] days = new int[PARTIES][];
        final int[] size = new int[PARTIES];
        int newest = Integer.MIN_VALUE;

        Group(long technologies) {
            this.technologies = technologies;
        }

        void add(int slot, int party, int day) {
            if (slots[party] == null) {
                slots[party] = new int[4];
                days[party] = new int[4];
            } else if (size[party] == slots[party].length) {
                slots[party] = Arrays.copyOf(slots[party], size[party] * 2);
                days[party] = Arrays.copyOf(days[party], size[party] * 2);
            }
            int[] s = slots[party];
            int[] d = days[party];
            int n = size[party];
            // After the last member published on or after this day: newest first, ties in arrival order.
            int low = 0, high = n;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (d[mid] >= day) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            System.arraycopy(s, low, s, low + 1, n - low);
            System.arraycopy(d, low, d, low + 1, n - low);
            s[low] = slot;
            d[low] = day;
            size[party]++;
            newest = Math.max(newest, day);
        }
    }
}
