package org.acde.gateway.routing;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import org.acde.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * One upstream's circuit breaker: closed, it counts the outcomes of the last {@code requestVolume} calls and opens
 * when at least {@code failureRatio} of them failed; open, it refuses calls for {@code delay}; then it lets one trial
 * call through (half-open), which closes it when it succeeds and opens it again when it fails.
 * <p>
 * Why not SmallRye Fault Tolerance, which the gateway's REST clients keep: its guard captured a context and hopped
 * back onto the event loop on every proxied call (4.8 % of the gateway's CPU under load, bench/RESULTS.md), a price
 * for features (retries, bulkheads, worker offload) a proxy's breaker does not use. Here the check before a call is
 * one volatile read while closed, and an outcome costs an atomic increment and an atomic swap in a ring shared by
 * the event loops; the state changes by compare-and-set of immutable states, so no call waits for a lock.
 * <p>
 * Every call asks {@link #tryAcquire()} first and reports exactly one outcome with the permit it got:
 * {@link #succeeded}, {@link #failed}, or {@link #abandoned} when the exchange tells nothing about the upstream (the
 * caller hung up). Outcomes of calls let through in an earlier state are ignored.
 */
final class UpstreamBreaker {

    private static final Logger LOG = Logger.getLogger(UpstreamBreaker.class);

    /** The breaker's state as logged, named like SmallRye's {@code CircuitBreakerState}. */
    enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    /** Lets one call through; the call reports its outcome with it. */
    interface Permit {
    }

    /** What {@link #tryAcquire()} answers when the call may not go ahead. */
    static final Permit REFUSED = new Permit() {
    };

    private final String upstream;
    private final int requestVolume;
    private final int failureThreshold;
    private final long delayNanos;
    private final LongSupplier nanoClock;
    private final AtomicReference<Phase> state;

    UpstreamBreaker(String upstream, GatewayConfig.Breaker config) {
        this(upstream, config.requestVolume(), config.failureRatio(), config.delay().toNanos(), System::nanoTime);
    }

    UpstreamBreaker(String upstream, int requestVolume, double failureRatio, long delayNanos, LongSupplier nanoClock) {
        if (requestVolume < 1 || failureRatio <= 0 || failureRatio > 1 || delayNanos < 0) {
            throw new IllegalArgumentException("Breaker of upstream " + upstream
                    + ": request-volume must be at least 1, failure-ratio in (0, 1], delay not negative");
        }
        this.upstream = upstream;
        this.requestVolume = requestVolume;
        // As SmallRye computes it, so the configured figures keep their meaning.
        this.failureThreshold = (int) Math.ceil(failureRatio * requestVolume);
        this.delayNanos = delayNanos;
        this.nanoClock = nanoClock;
        this.state = new AtomicReference<>(new Closed(requestVolume));
    }

    /** A permit to report the call's outcome with, or {@link #REFUSED}. */
    Permit tryAcquire() {
        Phase current = state.get();
        if (current instanceof Closed closed) {
            return closed;
        }
        if (current instanceof Open open) {
            if (nanoClock.getAsLong() - open.until < 0) {
                return REFUSED;
            }
            Trial trial = new Trial();
            if (state.compareAndSet(open, trial)) {
                changed(State.HALF_OPEN);
                return trial;
            }
            return REFUSED;
        }
        if (current instanceof HalfOpen) {
            // The previous trial call was abandoned: the next caller makes another.
            Trial trial = new Trial();
            return state.compareAndSet(current, trial) ? trial : REFUSED;
        }
        return REFUSED;
    }

    void succeeded(Permit permit) {
        if (permit instanceof Closed closed) {
            // A success can open it too: one that fills the window when enough of it had failed already.
            if (closed.record(false)) {
                open(closed);
            }
        } else if (permit instanceof Trial trial && state.compareAndSet(trial, new Closed(requestVolume))) {
            changed(State.CLOSED);
        }
    }

    void failed(Permit permit) {
        if (permit instanceof Closed closed) {
            if (closed.record(true)) {
                open(closed);
            }
        } else if (permit instanceof Trial trial) {
            open(trial);
        }
    }

    /** Opens the breaker if it is still in the state the call was let through in. */
    private void open(Phase from) {
        if (state.compareAndSet(from, new Open(nanoClock.getAsLong() + delayNanos))) {
            changed(State.OPEN);
        }
    }

    /** The call ended without saying anything about the upstream; a trial call's slot goes to the next caller. */
    void abandoned(Permit permit) {
        if (permit instanceof Trial trial) {
            state.compareAndSet(trial, new HalfOpen());
        }
    }

    State state() {
        Phase current = state.get();
        return current instanceof Closed ? State.CLOSED : current instanceof Open ? State.OPEN : State.HALF_OPEN;
    }

    /** How long until an open breaker lets a trial call through; one delay when it is not open. */
    long retryAfterNanos() {
        return state.get() instanceof Open open ? Math.max(0, open.until - nanoClock.getAsLong()) : delayNanos;
    }

    private void changed(State to) {
        LOG.infof("Circuit breaker of upstream %s is now %s", upstream, to);
    }

    /**
     * Closed, with the outcomes of the last calls: a ring of 0 (success) and 1 (failure) written in turn by whichever
     * event loop reports, and the count of ones in it, kept exact by adding what each swap changed.
     */
    private final class Closed implements Phase, Permit {

        private final AtomicIntegerArray outcomes;
        private final AtomicLong calls = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();

        Closed(int size) {
            this.outcomes = new AtomicIntegerArray(size);
        }

        /** Whether the breaker should open now. */
        boolean record(boolean failure) {
            long call = calls.getAndIncrement();
            int previous = outcomes.getAndSet((int) (call % outcomes.length()), failure ? 1 : 0);
            if (failure != (previous == 1)) {
                failures.addAndGet(failure ? 1 : -1);
            }
            return call + 1 >= requestVolume && failures.get() >= failureThreshold;
        }
    }

    /** The breaker's state; each change installs a new instance, so compare-and-set tells who changed it. */
    private sealed interface Phase permits Closed, Open, Trial, HalfOpen {
    }

    private static final class Open implements Phase {

        private final long until;

        Open(long until) {
            this.until = until;
        }
    }

    /** Half-open, a trial call under way. */
    private static final class Trial implements Phase, Permit {
    }

    /** Half-open, the trial slot free again. */
    private static final class HalfOpen implements Phase {
    }
}
