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
import org.acde.contracts.reference.Party;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * The fast path of matching: every published opportunity's {@link Profile} in memory, with postings lists per
 * (type, technology term) and per (type, party). A query scores only the candidates that share a technology term
 * with it, then visits the other candidates party by party only where an upper bound on their score
 * ({@link Scorer#boundWithoutTechnology}) could still beat the k-th best, so it returns exactly what scoring every
 * candidate would ({@link NaiveMatcher}; a test proves it).
 *
 * <p>Kept up to date by this instance's writes once they commit ({@link ProfileChanges}) and, for writes of other
 * instances and bulk loads, by re-reading the rows changed since the last look every {@code acde.matching.refresh-every}.
 * Loaded on first use (or at start, see MatchmakingMain).
 */
@ApplicationScoped
public class MatchIndex {

    private static final Logger LOG = Logger.getLogger(MatchIndex.class);
    private static final int TYPES = OpportunityType.values().length;
    private static final int PARTIES = Party.values().length;
    private static final int TERMS = 64;
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
    private IntList[][] byTerm;
    private IntList[][] byParty;
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
            int type = q.type.complement().ordinal();
            TopK top = new TopK(k);
            long[] scored = new long[(size >> 6) + 1];
            // 1. Every candidate sharing a technology term with q.
            for (long rest = q.technologies; rest != 0; rest &= rest - 1) {
                IntList postings = byTerm[type][Long.numberOfTrailingZeros(rest)];
                for (int i = 0; i < postings.size; i++) {
                    int slot = postings.items[i];
                    if ((scored[slot >> 6] & (1L << slot)) != 0) {
                        continue;
                    }
                    scored[slot >> 6] |= 1L << slot;
                    offer(top, scorer, q, slots[slot]);
                }
            }
            // 2. The others, party by party, unless none of that party can reach the k-th best score.
            for (int party = 0; party < PARTIES; party++) {
                if (top.full() && scorer.boundWithoutTechnology(q, Party.values()[party]) < top.floor()) {
                    continue;
                }
                IntList members = byParty[type][party];
                for (int i = 0; i < members.size; i++) {
                    int slot = members.items[i];
                    if ((scored[slot >> 6] & (1L << slot)) == 0) {
                        offer(top, scorer, q, slots[slot]);
                    }
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
        byTerm = lists(TERMS);
        byParty = lists(PARTIES);
        documentFrequency = new int[TERMS];
        published = 0;
        seenUpTo = Instant.EPOCH;
    }

    private static IntList[][] lists(int per) {
        IntList[][] lists = new IntList[TYPES][per];
        for (IntList[] row : lists) {
            for (int i = 0; i < per; i++) {
                row[i] = new IntList();
            }
        }
        return lists;
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
        int type = profile.type.ordinal();
        for (long rest = profile.technologies; rest != 0; rest &= rest - 1) {
            int term = Long.numberOfTrailingZeros(rest);
            byTerm[type][term].add(slot);
            documentFrequency[term]++;
        }
        byParty[type][profile.party.ordinal()].add(slot);
        published++;
    }

    /** Leaves the slot empty; postings that still name it skip it, and {@link #compact} drops them. */
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

    /** A growable list of slot numbers. */
    static final class IntList {
        int[] items = new int[16];
        int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }
    }
}
