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
import java.util.Collection;
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
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * The fast path of matching: every published opportunity's {@link Profile} in memory, grouped by type and by exact
 * technology set. Within a group every candidate has the same technology value against a query, so the group has one
 * upper bound on its members' scores before freshness ({@link Scorer#boundBeforeFreshness}), and its members are kept
 * newest first, so freshness only falls along it. A query visits the groups in descending order of that bound and each
 * group's members until the bound, completed with the member's freshness, falls below the k-th best score so far: the
 * rest cannot enter the top k. Since bounds are never below real scores, the result is exactly what scoring every
 * candidate gives ({@link NaiveMatcher}; MatchEquivalenceTest proves it).
 *
 * <p>Kept up to date by this instance's writes once they commit ({@link ProfileChanges}) and, for writes of other
 * instances and bulk loads, by re-reading the rows changed since the last look every {@code acde.matching.refresh-every}.
 * Loaded in the background at start (MatchmakingMain), or on first use.
 */
@ApplicationScoped
public class MatchIndex {

    private static final Logger LOG = Logger.getLogger(MatchIndex.class);
    private static final int TYPES = OpportunityType.values().length;
    private static final int TERMS = 64;
    private static final double QUANTUM = 0x1p40;
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
    /** Per type: the groups of candidates with one technology set, by that set. */
    private List<Map<Long, Group>> groups;
    private int[] documentFrequency;
    private int published;
    private Instant seenUpTo;

    MatchIndex(DataSource database, MatchingConfig config, Clock clock) {
        this.database = database;
        this.config = config;
        this.clock = clock;
    }

    /** The k best published, unexpired candidates of the complementary type from other enterprises. */
    Ranking top(Profile q, int k) {
        ensureLoaded();
        lock.readLock().lock();
        try {
            Scorer scorer = newScorer();
            Group[] candidates = groups.get(q.type.complement().ordinal()).values().toArray(Group[]::new);
            double[] bounds = new double[candidates.length];
            // Sort by the bound of the group's newest member, quantised to 2^-40 and packed with the group's position
            // (< 2^22) into one long.
            long[] order = new long[candidates.length];
            for (int g = 0; g < candidates.length; g++) {
                bounds[g] = scorer.boundBeforeFreshness(q, candidates[g].technologies);
                order[g] = ((long) Math.floor(scorer.bound(bounds[g], candidates[g].days[0]) * QUANTUM) << 22) | g;
            }
            java.util.Arrays.sort(order);
            TopK top = new TopK(k);
            for (int i = order.length - 1; i >= 0; i--) {
                // Every group after this one has a bound below (quantised + 1) / 2^40.
                if (top.full() && ((order[i] >>> 22) + 1) / QUANTUM < top.floor()) {
                    break;
                }
                Group group = candidates[(int) (order[i] & 0x3FFFFF)];
                double beforeFreshness = bounds[(int) (order[i] & 0x3FFFFF)];
                for (int m = 0; m < group.size; m++) {
                    if (top.full() && scorer.bound(beforeFreshness, group.days[m]) < top.floor()) {
                        break;
                    }
                    offer(top, scorer, q, slots[group.slots[m]]);
                }
            }
            return new Ranking(scorer, top.best());
        } finally {
            lock.readLock().unlock();
        }
    }

    private static void offer(TopK top, Scorer scorer, Profile q, Profile candidate) {
        if (candidate != null && candidate.expiresDay >= scorer.today() && !candidate.enterpriseId.equals(q.enterpriseId)) {
            top.offer(candidate, scorer.score(q, candidate));
        }
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
                try (PreparedStatement select = connection.prepareStatement("SELECT " + Profile.COLUMNS
                        + ", updated_at FROM opportunity WHERE status = 'PUBLISHED'")) {
                    select.setFetchSize(10_000);
                    LocalDate today = today();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            add(Profile.read(rows, today));
                            seen(rows.getTimestamp(13));
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
            apply("id = ANY (?)", changes.opportunityIds());
        }
    }

    /** Changes by other instances and bulk loads. */
    @Scheduled(every = "${acde.matching.refresh-every:30s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (loaded) {
            Instant since;
            lock.readLock().lock();
            try {
                since = seenUpTo.minusSeconds(REFRESH_OVERLAP_SECONDS);
            } finally {
                lock.readLock().unlock();
            }
            apply("updated_at >= ?", since);
        }
    }

    private void apply(String condition, Object parameter) {
        List<Profile> current = new ArrayList<>();
        List<UUID> gone = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + Profile.COLUMNS
                        + ", updated_at, status FROM opportunity WHERE " + condition)) {
            if (parameter instanceof Collection<?> ids) {
                select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            } else {
                select.setTimestamp(1, Timestamp.from((Instant) parameter));
            }
            LocalDate today = today();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if ("PUBLISHED".equals(rows.getString(14))) {
                        current.add(Profile.read(rows, today));
                    } else {
                        gone.add(rows.getObject(1, UUID.class));
                    }
                    times.add(rows.getTimestamp(13).toInstant());
                }
            }
        } catch (SQLException e) {
            LOG.warnf("Matching index: could not read changed opportunities (%s); the next refresh retries", e.getMessage());
            return;
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
            times.forEach(time -> seenUpTo = time.isAfter(seenUpTo) ? time : seenUpTo);
            if (dead > 10_000 && dead > size / 2) {
                compact();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void clear() {
        slots = new Profile[1024];
        size = 0;
        dead = 0;
        slotOf = new HashMap<>();
        groups = new ArrayList<>();
        for (int t = 0; t < TYPES; t++) {
            groups.add(new HashMap<>());
        }
        documentFrequency = new int[TERMS];
        published = 0;
        seenUpTo = Instant.EPOCH;
    }

    private void seen(Timestamp updatedAt) {
        Instant time = updatedAt.toInstant();
        if (time.isAfter(seenUpTo)) {
            seenUpTo = time;
        }
    }

    private void add(Profile profile) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
        }
        int slot = size++;
        slots[slot] = profile;
        slotOf.put(profile.id, slot);
        groups.get(profile.type.ordinal()).computeIfAbsent(profile.technologies, Group::new).add(slot, profile.publishedDay);
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
        Instant seen = seenUpTo;
        clear();
        seenUpTo = seen;
        for (Profile profile : live) {
            add(profile);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The candidates of one type with one technology set: slots newest first, with their publication days. */
    static final class Group {
        final long technologies;
        int[] slots = new int[4];
        int[] days = new int[4];
        int size;

        Group(long technologies) {
            this.technologies = technologies;
        }

        void add(int slot, int day) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                days = Arrays.copyOf(days, size * 2);
            }
            // After the last member published on or after this day: newest first, ties in arrival order.
            int low = 0, high = size;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (days[mid] >= day) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            System.arraycopy(slots, low, slots, low + 1, size - low);
            System.arraycopy(days, low, days, low + 1, size - low);
            slots[low] = slot;
            days[low] = day;
            size++;
        }
    }
}
