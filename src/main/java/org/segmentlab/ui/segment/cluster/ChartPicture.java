package org.segmentlab.ui.segment.cluster;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chart drawn away from the JavaFX thread, as a picture the size of this node. JFreeChart draws a
 * large chart (thousands of dots, bars or links) in tens to hundreds of milliseconds; on the FX thread
 * that froze the window after every run. Here the chart is built and drawn on the painter's thread and
 * only the finished picture comes to the FX thread. When the node is resized the old picture is
 * stretched until the new one is ready. Only the latest request is drawn: older ones are dropped.
 */
final class ChartPicture extends Region {

    /** Wait after the last resize before drawing again, so dragging a divider does not queue a drawing per pixel. */
    static final Duration SETTLE = Duration.millis(70);

    private static final Logger LOG = LoggerFactory.getLogger(ChartPicture.class);

    /**
     * What is on screen.
     *
     * @param chart  the chart drawn
     * @param info   where its parts went (the plot's data area maps the mouse to values)
     * @param width  the width it was drawn at, in layout units
     * @param height the height it was drawn at
     */
    record Shown(JFreeChart chart, ChartRenderingInfo info, double width, double height) {
        Rectangle2D dataArea() {
            return info.getPlotInfo().getDataArea();
        }
    }

    /** A chart built once, on the painter's thread, and drawn again at each new size. */
    private static final class Source {
        private final Supplier<JFreeChart> maker;
        private JFreeChart chart;

        Source(Supplier<JFreeChart> maker) {
            this.maker = maker;
        }

        JFreeChart chart() {
            if (chart == null) {
                chart = maker.get();
            }
            return chart;
        }
    }

    private final Executor painter;
    private final ImageView view = new ImageView();
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final AtomicLong latest = new AtomicLong();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private Source source;
    private boolean active = true;
    private boolean stale;
    private long shownRequest;

    /** @param painter the thread the charts are built and drawn on; one thread, so one chart is never drawn twice at once */
    ChartPicture(Executor painter) {
        this.painter = Objects.requireNonNull(painter);
        getStyleClass().add("sl-chart-picture");
        view.setPreserveRatio(false);
        view.setSmooth(true);
        getChildren().add(view);
        setMinSize(0, 0);
        setPrefSize(600, 400);
        settle.setOnFinished(event -> paint());
        widthProperty().addListener((obs, old, now) -> resized());
        heightProperty().addListener((obs, old, now) -> resized());
    }

    /** Shows the chart {@code maker} builds; it is called off the FX thread, so it must read only data that do not change. */
    void show(Supplier<JFreeChart> maker) {
        source = new Source(Objects.requireNonNull(maker));
        stale = true;
        paint();
    }

    /**
     * Draws only while active (its tab is the one selected): a hidden chart is drawn when it is first
     * shown, not whenever the window changes.
     */
    void setActive(boolean now) {
        active = now;
        if (now && stale) {
            paint();
        }
    }

    /** What is on screen now; null until the first picture is ready. */
    ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    Shown shown() {
        return shown.get();
    }

    /** Whether the picture on screen is the latest chart at the current size (false while one is being drawn). */
    boolean upToDate() {
        return source != null && !stale && shownRequest == latest.get();
    }

    @Override
    protected void layoutChildren() {
        view.relocate(0, 0);
        view.setFitWidth(getWidth());
        view.setFitHeight(getHeight());
    }

    private void resized() {
        stale = true;
        if (view.getImage() == null) {
            paint();
        } else {
            settle.playFromStart();
        }
    }

    private void paint() {
        Source drawn = source;
        double width = Math.floor(getWidth());
        double height = Math.floor(getHeight());
        if (drawn == null || !active || width < 10 || height < 10) {
            return;
        }
        stale = false;
        double scale = getScene() == null || getScene().getWindow() == null ? 1
                : Math.max(1, getScene().getWindow().getOutputScaleX());
        long request = latest.incrementAndGet();
        painter.execute(() -> {
            if (latest.get() != request) {
                return;
            }
            try {
                JFreeChart chart = drawn.chart();
                ChartRenderingInfo info = new ChartRenderingInfo();
                WritableImage image = draw(chart, width, height, scale, info);
                Platform.runLater(() -> {
                    if (latest.get() == request) {
                        shownRequest = request;
                        view.setImage(image);
                        shown.set(new Shown(chart, info, width, height));
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Chart not drawn", e);
            }
        });
    }

    /** The chart as a JavaFX image, drawn with Java2D at {@code scale} pixels per layout unit. */
    static WritableImage draw(JFreeChart chart, double width, double height, double scale, ChartRenderingInfo info) {
        int pixelsWide = (int) Math.ceil(width * scale);
        int pixelsHigh = (int) Math.ceil(height * scale);
        BufferedImage picture = new BufferedImage(pixelsWide, pixelsHigh, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g2 = picture.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g2.dispose();
        }
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        WritableImage image = new WritableImage(pixelsWide, pixelsHigh);
        image.getPixelWriter().setPixels(0, 0, pixelsWide, pixelsHigh, PixelFormat.getIntArgbPreInstance(), pixels,
                0, pixelsWide);
        return image;
    }
}
