package org.segmentlab.core.engine;

import java.nio.file.Path;

/**
 * How the embedded DuckDB engine may use the machine, and when the CLI and workbench choose it.
 *
 * @param memoryLimitMb     DuckDB's memory limit (its own memory, outside the Java heap); beyond it, it spills
 * @param threads           worker threads (default: the processors)
 * @param spillFolder       where DuckDB spills; null = a new temporary folder, deleted when the engine closes
 * @param sizeThresholdBytes files from this size on are read by DuckDB when the engine is {@code auto}
 */
public record EngineSettings(int memoryLimitMb, int threads, Path spillFolder, long sizeThresholdBytes) {

    public static final int DEFAULT_MEMORY_LIMIT_MB = 1024;
    public static final long DEFAULT_SIZE_THRESHOLD_BYTES = 200L << 20;

    public EngineSettings {
        if (memoryLimitMb < 64) {
            throw new IllegalArgumentException("the engine's memory limit must be at least 64 MB, not " + memoryLimitMb);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("the engine needs at least one thread, not " + threads);
        }
    }

    public static EngineSettings defaults() {
        return new EngineSettings(DEFAULT_MEMORY_LIMIT_MB, Runtime.getRuntime().availableProcessors(), null,
                DEFAULT_SIZE_THRESHOLD_BYTES);
    }

    public EngineSettings withSizeThreshold(long bytes) {
        return new EngineSettings(memoryLimitMb, threads, spillFolder, bytes);
    }

    public EngineSettings withMemoryLimitMb(int mb) {
        return new EngineSettings(mb, threads, spillFolder, sizeThresholdBytes);
    }
}
