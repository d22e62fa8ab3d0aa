package org.segmentlab.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Runs independent pieces of one analysis on the service's threads and collects their results in order. */
public final class Parallel {

    private Parallel() {
    }

    /** The results of {@code tasks}, in the order given; the first failure (or cancellation) is rethrown. */
    public static <T> List<T> all(ExecutorService pool, List<? extends Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(task));
        }
        List<T> results = new ArrayList<>(tasks.size());
        try {
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            for (Future<T> f : futures) {
                f.cancel(true);
            }
        }
    }

    /**
     * Runs {@code task} on a daemon thread of its own named {@code name}, beside what the caller does
     * next; {@link Beside#join()} waits for it and rethrows what it threw.
     */
    public static Beside beside(String name, Runnable task) {
        Beside beside = new Beside(name, task);
        beside.thread.start();
        return beside;
    }

    /** A task running beside the caller ({@link #beside}). */
    public static final class Beside {
        private final Thread thread;
        private volatile Throwable failure;

        private Beside(String name, Runnable task) {
            thread = new Thread(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }, name);
            thread.setDaemon(true);
        }

        /** Waits for the task (an interrupt meanwhile is kept for later) and rethrows what it threw. */
        public void join() {
            joinUninterruptibly(thread);
            Throwable f = failure;
            if (f instanceof Error) {
                throw (Error) f;
            }
            if (f != null) {
                throw (RuntimeException) f;
            }
        }

        /** Waits for the task after {@code cause} ended the caller's own work; what it threw is added to the cause. */
        public void joinAfter(Throwable cause) {
            joinUninterruptibly(thread);
            if (failure != null) {
                cause.addSuppressed(failure);
            }
        }
    }

    /** Waits for {@code thread} to end, however often the caller is interrupted meanwhile; the interrupt is kept. */
    public static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A pool of daemon threads named {@code name}: the work of one analysis, which never keeps the JVM alive. */
    public static ExecutorService daemonPool(int threads, String name) {
        return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
