package org.segmentlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void aTaskBesideRunsOnItsOwnThreadAndJoinWaitsForIt() throws Exception {
        CountDownLatch callerWent = new CountDownLatch(1);
        AtomicReference<String> ranOn = new AtomicReference<>();
        Parallel.Beside beside = Parallel.beside("beside-test", () -> {
            try {
                // it runs while the caller goes on: it waits for the caller's signal
                callerWent.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ranOn.set(Thread.currentThread().getName());
        });
        callerWent.countDown();
        beside.join();
        assertThat(ranOn.get()).isEqualTo("beside-test");
    }

    @Test
    void joinRethrowsWhatTheTaskThrew() {
        Parallel.Beside beside = Parallel.beside("beside-test", () -> {
            throw new IllegalStateException("disk full");
        });
        assertThatThrownBy(beside::join).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    @Test
    void afterTheCallerFailedTheTasksFailureIsAddedToTheCallersAndNotThrown() {
        Parallel.Beside beside = Parallel.beside("beside-test", () -> {
            throw new IllegalStateException("disk full");
        });
        RuntimeException cause = new CancelledException();
        beside.joinAfter(cause);
        assertThat(cause.getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessage("disk full"));
    }

    @Test
    void anInterruptWhileJoiningIsKeptAndTheJoinStillWaits() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        Thread.currentThread().interrupt();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        releaser.start();
        Parallel.joinUninterruptibly(worker);
        assertThat(worker.isAlive()).isFalse();
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void allGivesResultsInOrder() {
        ExecutorService pool = Parallel.daemonPool(2, "all-test");
        try {
            assertThat(Parallel.all(pool, List.of(() -> 1, () -> 2, () -> 3))).containsExactly(1, 2, 3);
        } finally {
            pool.shutdownNow();
        }
    }
}
