package org.segmentlab.ui.task;

import org.segmentlab.core.Progress;

/** The work of a background task: runs off the FX thread and reports through {@link Progress}. */
@FunctionalInterface
public interface BackgroundJob<T> {

    T run(Progress progress) throws Exception;
}
