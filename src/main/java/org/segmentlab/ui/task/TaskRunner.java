package org.segmentlab.ui.task;

/**
 * Starts background work. The workbench runs it on worker threads and lists it in the status bar;
 * tests substitute a runner that works synchronously so that view-models can be checked line by line.
 */
public interface TaskRunner {

    <T> TaskHandle run(BackgroundTask<T> task);
}
