package org.segmentlab.ui.task;

/** A started background task, which the user (or a newer request) may stop. */
@FunctionalInterface
public interface TaskHandle {

    void cancel();
}
