package org.acde.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.acde.platform.http.Created;
import org.acde.testing.OidcServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Idempotency-Key against PostgreSQL: a creation runs at most once per key, its answer is replayed, the key is bound
 * to the request it was first sent with, and a failed creation leaves the key free.
 */
@QuarkusTest
@QuarkusTestResource(OidcServer.class)
class IdempotencyTest {

    private static final String OPERATION = "POST /api/v1/notes";

    record Input(String text) {
    }

    record View(UUID id, String text) {
    }

    @Inject
    Idempotency idempotency;

    private final AtomicInteger runs = new AtomicInteger();
    private String key;

    @BeforeEach
    void newKey() {
        key = UUID.randomUUID().toString();
    }

    @Test
    void aRetryGetsTheFirstAnswerAndCreatesNothing() {
        Created<View> first = create(key, "a note");
        Created<View> retry = create(key, "a note");

        assertThat(runs).hasValue(1);
        assertThat(retry).isEqualTo(first);
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        Created<View> first = create(null, "a note");
        Created<View> second = create(null, "a note");

        assertThat(runs).hasValue(2);
        assertThat(second.body().id()).isNotEqualTo(first.body().id());
    }

    @Test
    void theKeyOfOneRequestRefusesAnother() {
        create(key, "a note");

        assertThatThrownBy(() -> create(key, "another note")).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.type()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED));
        assertThatThrownBy(() -> idempotency.create(key, "POST /api/v1/other-things", new Input("a note"), View.class,
                () -> created("a note"))).isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.type()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED));
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailedCreationLeavesTheKeyFree() {
        assertThatThrownBy(() -> idempotency.create(key, OPERATION, new Input("a note"), View.class, () -> {
            runs.incrementAndGet();
            throw ProblemException.conflict("refused");
        })).isInstanceOf(ProblemException.class);

        Created<View> created = create(key, "a note");

        assertThat(runs).hasValue(2);
        assertThat(create(key, "a note")).isEqualTo(created);
    }

    @Test
    void aRetriedActionGetsTheFirstBody() {
        Supplier<View> action = () -> {
            runs.incrementAndGet();
            return new View(UUID.randomUUID(), "done");
        };
        View first = idempotency.perform(key, "POST /api/v1/notes/batch", new Input("a batch"), View.class, action);
        View retry = idempotency.perform(key, "POST /api/v1/notes/batch", new Input("a batch"), View.class, action);

        assertThat(runs).hasValue(1);
        assertThat(retry).isEqualTo(first);
    }

    @Test
    void rewrittenReplaysAnswerTheResourceAsItIsNow() {
        Created<View> first = create(key, "personal data");
        View erased = new View(first.body().id(), "[erased]");

        idempotency.rewriteReplays(first.location(), 4, erased);

        assertThat(create(key, "personal data")).isEqualTo(new Created<>(first.location(), 4, erased));
        assertThat(runs).hasValue(1);
    }

    @Test
    void aConcurrentDuplicateWaitsForTheFirstAndGetsItsAnswer() throws Exception {
        CountDownLatch creating = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Created<View>> first = CompletableFuture.supplyAsync(() -> inRequest(
                () -> idempotency.create(key, OPERATION, new Input("a note"), View.class, () -> {
                    creating.countDown();
                    await(finish);
                    return created("a note");
                })));
        assertThat(creating.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Created<View>> duplicate = CompletableFuture.supplyAsync(() -> inRequest(
                () -> create(key, "a note")));
        assertThat(duplicate).isNotCompleted();
        Thread.sleep(Duration.ofMillis(300).toMillis());
        assertThat(duplicate).as("the duplicate waits while the first is uncommitted").isNotCompleted();

        finish.countDown();
        assertThat(duplicate.get(10, TimeUnit.SECONDS)).isEqualTo(first.get(10, TimeUnit.SECONDS));
        assertThat(runs).hasValue(1);
    }

    private Created<View> create(String key, String text) {
        return idempotency.create(key, OPERATION, new Input(text), View.class, () -> created(text));
    }

    private Created<View> created(String text) {
        runs.incrementAndGet();
        UUID id = UUID.randomUUID();
        return new Created<>(URI.create("/api/v1/notes/" + id), 0, new View(id, text));
    }

    /** Idempotency scopes keys by the request's caller, so another thread needs a request of its own. */
    private static <T> T inRequest(Supplier<T> call) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            return call.get();
        } finally {
            request.terminate();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
