package org.segmentlab.ui.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.project.ClusteringFits;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.report.ActivationExport;
import org.segmentlab.report.HtmlReportWriter;
import org.segmentlab.report.PdfReportWriter;
import org.segmentlab.report.ReportBuilder;
import org.segmentlab.report.ReportModel;
import org.segmentlab.report.ReportOptions;
import org.segmentlab.report.ValueFits;

/**
 * The work behind the Report step, without a node: builds the report of a project as it stands (saved or
 * not), lays it out as PDF pages for the preview, and writes the report and activation files.
 * Runs on a worker thread.
 */
public final class ReportService {

    /** Preview pages are drawn at this many pixels per PDF point (72 per inch): sharp at the usual zoom. */
    static final float PREVIEW_SCALE = 1.5f;

    private final Supplier<LocalDate> today;
    /**
     * The tables the last builds read, kept while their source settings and file stay the same: the preview
     * is built again on every change of title, ease or section, and should not read the data again each time.
     */
    private final Map<String, KeptTable> kept = new HashMap<>();
    /** The value model's last fit, kept likewise while its settings and transactions table stay the same. */
    private final ValueFits valueFits = new ValueFits();
    /** The kept runs' last clusterings, likewise (the segments' names are put on afresh each build). */
    private final ClusteringFits clusteringFits = new ClusteringFits();

    private record KeptTable(DataSourceRef source, Path file, String stamp, ImportedTable table) {
    }

    public ReportService(Supplier<LocalDate> today) {
        this.today = Objects.requireNonNull(today);
    }

    /** A report built and laid out: its model, its PDF and each PDF page as a picture. */
    public record Preview(ReportModel model, byte[] pdf, List<BufferedImage> pages) {
        public Preview {
            pages = List.copyOf(pages);
        }
    }

    /**
     * The findings of the report, from the project as it is in memory, with the options its report settings
     * hold.
     *
     * @param projectFile where the project is saved, to find files given relative to it; null when never saved
     */
    public ReportModel build(Project project, Path projectFile, Progress progress) throws DataFileException {
        return build(project, projectFile, ReportOptions.of(project, projectFile), progress);
    }

    private ReportModel build(Project project, Path projectFile, ReportOptions options, Progress progress)
            throws DataFileException {
        SavedSources sources = sources(project, projectFile);
        ReportModel model = new ReportBuilder(valueFits).build(sources, options, today.get(), progress);
        keep(sources);
        return model;
    }

    /** The project's sources, with the tables kept from earlier builds that are still what their files hold. */
    private synchronized SavedSources sources(Project project, Path projectFile) {
        SavedSources fresh = new SavedSources(project, projectFile);
        Map<String, ImportedTable> still = new HashMap<>();
        for (DataSourceRef source : project.sources()) {
            KeptTable k = kept.get(source.id());
            Path file = fresh.file(source);
            if (k != null && k.source().equals(source) && k.file().equals(file) && k.stamp().equals(stamp(file))) {
                still.put(source.id(), k.table());
            }
        }
        return new SavedSources(project, projectFile, still, clusteringFits);
    }

    private synchronized void keep(SavedSources sources) {
        sources.tablesRead().forEach((id, table) -> sources.source(id).ifPresent(source -> {
            Path file = sources.file(source);
            kept.put(id, new KeptTable(source, file, stamp(file), table));
        }));
    }

    /** When the file was last changed and how long it is; a file that cannot be read matches nothing. */
    private static String stamp(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            return "unreadable " + System.nanoTime();
        }
    }

    /** Builds the report, writes its PDF in memory and draws every page. */
    public Preview preview(Project project, Path projectFile, Progress progress) throws Exception {
        ReportModel model = build(project, projectFile, progress.slice(0, 0.6));
        progress.checkCancelled();
        progress.update(0.6, "Laying out the pages");
        byte[] pdf = new PdfReportWriter().render(model);
        progress.checkCancelled();
        return new Preview(model, pdf, pages(pdf, PREVIEW_SCALE, progress.slice(0.75, 1)));
    }

    /**
     * Each page of a PDF as a picture, {@code scale} pixels per point. The pages are drawn on as many
     * threads as there are processors, taking every n-th page each, each with its own copy of the document,
     * as a document is not to be shared between threads; the pictures are the same as drawn one by one.
     */
    static List<BufferedImage> pages(byte[] pdf, float scale, Progress progress) throws IOException {
        int workers = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.atomic.AtomicInteger drawn = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Callable<java.util.Map<Integer, BufferedImage>>> parts = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int first = w;
            parts.add(() -> {
                java.util.Map<Integer, BufferedImage> mine = new java.util.HashMap<>();
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    PDFRenderer renderer = new PDFRenderer(doc);
                    int count = doc.getNumberOfPages();
                    for (int i = first; i < count; i += workers) {
                        progress.checkCancelled();
                        mine.put(i, renderer.renderImage(i, scale, ImageType.RGB));
                        int done = drawn.incrementAndGet();
                        synchronized (drawn) {
                            progress.update((double) done / count, "Drawn " + done + " of " + count + " pages");
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return mine;
            });
        }
        // a pool of its own: the preview already runs on one of the workbench's task threads
        java.util.concurrent.ExecutorService pool = org.segmentlab.core.Parallel.daemonPool(workers,
                "segmentlab-preview-pages");
        java.util.Map<Integer, BufferedImage> all = new java.util.TreeMap<>();
        try {
            org.segmentlab.core.Parallel.all(pool, parts).forEach(all::putAll);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
        progress.update(1, "Preview ready");
        return List.copyOf(all.values());
    }

    public ReportModel writeHtml(Project project, Path projectFile, Path file, Progress progress) throws Exception {
        ReportModel model = build(project, projectFile, progress.slice(0, 0.8));
        progress.checkCancelled();
        progress.update(0.8, "Writing " + file.getFileName());
        try {
            new HtmlReportWriter().write(model, file);
        } catch (IOException e) {
            throw notWritten(file, e);
        }
        progress.update(1, "Wrote " + file.getFileName());
        return model;
    }

    public ReportModel writePdf(Project project, Path projectFile, Path file, Progress progress) throws Exception {
        ReportModel model = build(project, projectFile, progress.slice(0, 0.7));
        progress.checkCancelled();
        progress.update(0.7, "Writing " + file.getFileName());
        try {
            new PdfReportWriter().write(model, file);
        } catch (IOException e) {
            throw notWritten(file, e);
        }
        progress.update(1, "Wrote " + file.getFileName());
        return model;
    }

    /**
     * Writes the activation lists into {@code folder}, created if needed.
     *
     * @param bom        start each file with a UTF-8 byte order mark, for older Excel
     * @param withScores add each customer's model score and drivers, where the project has a model
     */
    public ActivationExport.Written writeActivation(Project project, Path projectFile, Path folder, boolean bom,
                                                    boolean withScores, Progress progress) throws Exception {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is a file; choose a folder for the activation lists.");
        }
        Project segmented = project;
        if (!withScores && project.settings().predict() != null) {
            // the model is only trained again when its scores are wanted
            segmented = project.withSettings(project.settings().withPredict(null));
        }
        ReportOptions options = ReportOptions.of(segmented, projectFile).withLogo(null);
        ReportModel model = build(segmented, projectFile, options, progress.slice(0, 0.8));
        progress.checkCancelled();
        progress.update(0.8, "Writing the lists into " + folder.getFileName());
        ActivationExport.Written written;
        try {
            written = new ActivationExport().write(model, folder, bom, withScores);
        } catch (IOException e) {
            throw notWritten(folder, e);
        }
        progress.update(1, "Wrote " + written.files().size() + " files");
        return written;
    }

    /** An IOException whose message names the file and the reason, fit to show as it is. */
    private static IOException notWritten(Path file, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof AccessDeniedException) {
            reason = "access denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "the folder does not exist";
        } else if (e instanceof FileSystemException) {
            FileSystemException fs = (FileSystemException) e;
            reason = fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason();
        }
        return new IOException(file + ": cannot be written: " + reason, e);
    }
}
