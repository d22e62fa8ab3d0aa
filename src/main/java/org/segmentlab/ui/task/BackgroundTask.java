package org.segmentlab.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A job with a title and what to do with its outcome. The callbacks run on the FX thread (or, with a
 * test runner, on the caller's thread); none of them runs when the user cancels the task.
 */
public final class BackgroundTask<T> {

    private final String title;
    private final BackgroundJob<T> job;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<? super Throwable> onFailure = error -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(String title, BackgroundJob<T> job) {
        this.title = Objects.requireNonNull(title, "title");
        this.job = Objects.requireNonNull(job, "job");
    }

    public static <T> BackgroundTask<T> of(String title, BackgroundJob<T> job) {
        return new BackgroundTask<>(title, job);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after success, failure or cancellation, e.g. to clear a "loading" flag. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * The same job whose callbacks run only while {@code open} says so: work started by a project that
     * has since been closed finishes without touching what replaced it. {@code always} runs when the
     * job ends, whatever happened.
     */
    public BackgroundTask<T> whileOpen(java.util.function.BooleanSupplier open, Runnable always) {
        BackgroundTask<T> outer = this;
        return new BackgroundTask<T>(title, job)
                .onSuccess(value -> {
                    if (open.getAsBoolean()) {
                        outer.onSuccess.accept(value);
                    }
                })
                .onFailure(error -> {
                    if (open.getAsBoolean()) {
                        outer.onFailure.accept(error);
                    }
                })
                .onFinished(() -> {
                    try {
                        if (open.getAsBoolean()) {
                            outer.onFinished.run();
                        }
                    } finally {
                        always.run();
                    }
                });
    }

    public String title() {
        return title;
    }

    public BackgroundJob<T> job() {
        return job;
    }

    public void succeeded(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    public void failed(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }

    public void cancelled() {
        onFinished.run();
    }
}
