package org.segmentlab.core.project;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A scheduler whose time moves only when the test says so; tasks run on the test's thread. */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final List<Job> jobs = new ArrayList<>();
    private long nowNanos;

    /** Moves time on by {@code step}, running every task that falls due on the way, in time order. */
    void advance(Duration step) {
        long until = nowNanos + step.toNanos();
        while (true) {
            Job next = null;
            for (Job job : jobs) {
                if (!job.cancelled && job.dueNanos <= until && (next == null || job.dueNanos < next.dueNanos)) {
                    next = job;
                }
            }
            if (next == null) {
                break;
            }
            nowNanos = next.dueNanos;
            next.task.run();
            if (next.periodNanos > 0) {
                next.dueNanos += next.periodNanos;
            } else {
                next.cancelled = true;
            }
        }
        nowNanos = until;
    }

    /** The repeat periods of the live periodic tasks. */
    List<Duration> periods() {
        List<Duration> periods = new ArrayList<>();
        for (Job job : jobs) {
            if (!job.cancelled && job.periodNanos > 0) {
                periods.add(Duration.ofNanos(job.periodNanos));
            }
        }
        return periods;
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return add(command, unit.toNanos(initialDelay), unit.toNanos(delay));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return add(command, unit.toNanos(initialDelay), unit.toNanos(period));
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(command, unit.toNanos(delay), 0);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("not needed by the tests");
    }

    private Job add(Runnable task, long initialDelayNanos, long periodNanos) {
        Job job = new Job(task, nowNanos + initialDelayNanos, periodNanos);
        jobs.add(job);
        return job;
    }

    @Override
    public void execute(Runnable command) {
        command.run();
    }

    @Override
    public void shutdown() {
        jobs.forEach(j -> j.cancelled = true);
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown();
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private final class Job implements ScheduledFuture<Object> {
        final Runnable task;
        final long periodNanos;
        long dueNanos;
        boolean cancelled;

        Job(Runnable task, long dueNanos, long periodNanos) {
            this.task = task;
            this.dueNanos = dueNanos;
            this.periodNanos = periodNanos;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - nowNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }
}
