package org.acde.e2e.journeys;

import org.junit.jupiter.api.function.Executable;

/** One user's journey, walked step by step; each step is named and timed in the test output. */
final class Journey {

    private final String user;
    private final long started = System.nanoTime();
    private int steps;

    Journey(String user) {
        this.user = user;
    }

    void step(String what, Executable step) {
        long at = System.nanoTime();
        steps++;
        try {
            step.execute();
        } catch (Error | RuntimeException e) {
            System.out.printf("[journey] %s: step %d, %s: FAILED%n", user, steps, what);
            throw e;
        } catch (Throwable e) {
            System.out.printf("[journey] %s: step %d, %s: FAILED%n", user, steps, what);
            throw new AssertionError(e);
        }
        System.out.printf("[journey] %s: step %d, %s (%d ms)%n", user, steps, what, (System.nanoTime() - at) / 1_000_000);
    }

    void done() {
        System.out.printf("[journey] %s: %d steps in %.1f s%n", user, steps, (System.nanoTime() - started) / 1e9);
    }
}
