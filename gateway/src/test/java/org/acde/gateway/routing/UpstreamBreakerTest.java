package org.acde.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.acde.gateway.routing.UpstreamBreaker.Permit;
import org.acde.gateway.routing.UpstreamBreaker.State;
import org.junit.jupiter.api.Test;

/** The breaker's state machine on a clock the test moves; no Quarkus. */
class UpstreamBreakerTest {

    private static final long DELAY = TimeUnit.SECONDS.toNanos(5);

    private final AtomicLong clock = new AtomicLong(1_000);
    /** Opens when half of the last 4 calls failed, as in the gateway's test profile. */
    private final UpstreamBreaker breaker = new UpstreamBreaker("flaky", 4, 0.5, DELAY, clock::get);

    @Test
    void staysClosedUntilTheWindowIsFullThenOpensAtTheFailureRatio() {
        fail();
        fail();
        fail();
        assertEquals(State.CLOSED, breaker.state());
        succeed();
        // The success filled the window, three quarters of which failed.
        assertEquals(State.OPEN, breaker.state());
        assertSame(UpstreamBreaker.REFUSED, breaker.tryAcquire());
    }

    @Test
    void countsOnlyTheLastCalls() {
        fail();
        succeed();
        succeed();
        succeed();
        // The failure slides out of the window.
        succeed();
        fail();
        assertEquals(State.CLOSED, breaker.state());
        fail();
        assertEquals(State.OPEN, breaker.state());
    }

    @Test
    void callsWhoseCallerHungUpDoNotCount() {
        for (int i = 0; i < 10; i++) {
            breaker.abandoned(breaker.tryAcquire());
        }
        fail();
        succeed();
        succeed();
        succeed();
        assertEquals(State.CLOSED, breaker.state());
    }

    @Test
    void refusesWhileOpenAndSaysForHowLong() {
        open();
        clock.addAndGet(DELAY - TimeUnit.SECONDS.toNanos(2));
        assertSame(UpstreamBreaker.REFUSED, breaker.tryAcquire());
        assertEquals(TimeUnit.SECONDS.toNanos(2), breaker.retryAfterNanos());
        clock.addAndGet(TimeUnit.SECONDS.toNanos(2) - 1);
        assertSame(UpstreamBreaker.REFUSED, breaker.tryAcquire());
    }

    @Test
    void afterTheDelayLetsOneTrialCallThroughWhoseSuccessClosesItWithAFreshWindow() {
        open();
        clock.addAndGet(DELAY);
        Permit trial = breaker.tryAcquire();
        assertNotSame(UpstreamBreaker.REFUSED, trial);
        assertEquals(State.HALF_OPEN, breaker.state());
        assertSame(UpstreamBreaker.REFUSED, breaker.tryAcquire());
        breaker.succeeded(trial);
        assertEquals(State.CLOSED, breaker.state());
        fail();
        fail();
        fail();
        assertEquals(State.CLOSED, breaker.state());
    }

    @Test
    void aFailedTrialCallOpensItForAnotherDelay() {
        open();
        clock.addAndGet(DELAY);
        breaker.failed(breaker.tryAcquire());
        assertEquals(State.OPEN, breaker.state());
        assertEquals(DELAY, breaker.retryAfterNanos());
        assertSame(UpstreamBreaker.REFUSED, breaker.tryAcquire());
    }

    @Test
    void anAbandonedTrialCallLeavesTheTrialToTheNextCaller() {
        open();
        clock.addAndGet(DELAY);
        breaker.abandoned(breaker.tryAcquire());
        assertEquals(State.HALF_OPEN, breaker.state());
        Permit next = breaker.tryAcquire();
        assertNotSame(UpstreamBreaker.REFUSED, next);
        breaker.succeeded(next);
        assertEquals(State.CLOSED, breaker.state());
    }

    @Test
    void outcomesOfCallsLetThroughBeforeItOpenedAreIgnored() {
        Permit early = breaker.tryAcquire();
        open();
        breaker.succeeded(early);
        assertEquals(State.OPEN, breaker.state());
        clock.addAndGet(DELAY);
        breaker.succeeded(breaker.tryAcquire());
        breaker.failed(early);
        breaker.failed(early);
        breaker.failed(early);
        breaker.failed(early);
        assertEquals(State.CLOSED, breaker.state());
    }

    @Test
    void concurrentFailuresFromManyThreadsOpenIt() throws Exception {
        List<Permit> permits = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            permits.add(breaker.tryAcquire());
        }
        all(permits.stream().<Callable<Object>>map(permit -> () -> {
            breaker.failed(permit);
            return null;
        }).toList());
        assertEquals(State.OPEN, breaker.state());
    }

    @Test
    void whenTheDelayIsOverOnlyOneOfManyConcurrentCallersGetsTheTrial() throws Exception {
        open();
        clock.addAndGet(DELAY);
        List<Callable<Permit>> callers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            callers.add(breaker::tryAcquire);
        }
        long trials = all(callers).stream().filter(permit -> permit != UpstreamBreaker.REFUSED).count();
        assertEquals(1, trials);
        assertEquals(State.HALF_OPEN, breaker.state());
    }

    /** Runs the tasks on 8 threads released at once; their results in order. */
    private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (Callable<T> task : tasks) {
                results.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> done = new ArrayList<>();
            for (Future<T> result : results) {
                done.add(result.get(30, TimeUnit.SECONDS));
            }
            return done;
        } finally {
            threads.shutdownNow();
        }
    }

    private void open() {
        for (int i = 0; i < 4; i++) {
            fail();
        }
        assertEquals(State.OPEN, breaker.state());
    }

    private void fail() {
        breaker.failed(breaker.tryAcquire());
    }

    private void succeed() {
        breaker.succeeded(breaker.tryAcquire());
    }
}
