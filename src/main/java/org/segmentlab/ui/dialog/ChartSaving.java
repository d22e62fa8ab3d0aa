package org.segmentlab.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.segmentlab.report.charts.ChartExport;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Save chart…" for every step: the user picks a PNG or SVG file and the chart is drawn into it in the background. */
public final class ChartSaving {

    /** The formats a chart is saved in; the file name's extension picks one. */
    public static final List<FileType> FILES = List.of(FileType.of("PNG image (*.png)", "*.png"),
            FileType.of("SVG drawing (*.svg)", "*.svg"));
    /** Saved charts are drawn at this size, whatever their size on screen. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 800;

    private static final Logger LOG = LoggerFactory.getLogger(ChartSaving.class);

    private ChartSaving() {
    }

    /**
     * Asks where to save and writes the chart there in the background.
     *
     * @param chart         builds the chart to save, on the worker thread
     * @param suggestedName the file name offered, without extension
     * @param status        told "Saved the chart to …" when done
     */
    public static void save(DialogService dialogs, TaskRunner tasks, Supplier<JFreeChart> chart, String suggestedName,
                            Consumer<String> status) {
        dialogs.chooseFileToSave("Save chart", suggestedName + ".png", FILES).ifPresent(file ->
                tasks.run(BackgroundTask.of("Saving " + file.getFileName(), progress -> {
                            ChartExport.write(chart.get(), WIDTH, HEIGHT, file);
                            return file;
                        })
                        .onSuccess(written -> status.accept("Saved the chart to " + written))
                        .onFailure(error -> notSaved(dialogs, file, error))));
    }

    private static void notSaved(DialogService dialogs, Path file, Throwable error) {
        LOG.info("Chart not saved to {}: {}", file, String.valueOf(error));
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        dialogs.showError("Cannot save " + file.getFileName(), "Could not write " + file + ": "
                + message.lines().findFirst().orElse(""));
    }
}
