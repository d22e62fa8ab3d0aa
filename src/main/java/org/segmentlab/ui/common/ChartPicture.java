package org.segmentlab.ui.common;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chart drawn away from the JavaFX thread, as a picture the size of this node. JFreeChart draws a
 * large chart (thousands of dots, bars or links) in tens to hundreds of milliseconds; on the FX thread
 * that froze the window after every run. Here the chart is built and drawn on the painter's thread and
 * only the finished picture comes to the FX thread. When the node is resized the old picture is
 * stretched until the new one is ready. Only the latest request is drawn: older ones are dropped.
 */
public final class ChartPicture extends Region {

    /** Wait after the last resize before drawing again, so dragging a divider does not queue a drawing per pixel. */
    public static final Duration SETTLE = Duration.millis(70);

    private static final Logger LOG = LoggerFactory.getLogger(ChartPicture.class);
    private static final org.segmentlab.report.charts.DarkPicture DARK = org.segmentlab.report.charts.DarkPicture.standard();

    /**
     * What is on screen.
     *
     * @param chart  the chart drawn
     * @param info   where its parts went (the plot's data area maps the mouse to values)
     * @param width  the width it was drawn at, in layout units
     * @param height the height it was drawn at
     * @param marks  the marks it recorded, filed by where they are, for finding the one under the mouse
     */
    public record Shown(JFreeChart chart, ChartRenderingInfo info, double width, double height, MarkIndex marks) {

        Shown(JFreeChart chart, ChartRenderingInfo info, double width, double height) {
            this(chart, info, width, height, new MarkIndex(info.getEntityCollection(), NEAR));
        }

        public Rectangle2D dataArea() {
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

        /** The XY chart's own axis ranges, before any zoom: what a reset goes back to. */
        private Range homeX;
        private Range homeY;

        JFreeChart chart() {
            if (chart == null) {
                chart = maker.get();
                // a combined plot (the k sweep's stacked panels) has no range axis of its own: it has no home
                if (chart.getPlot() instanceof XYPlot && chart.getXYPlot().getDomainAxis() != null
                        && chart.getXYPlot().getRangeAxis() != null) {
                    homeX = chart.getXYPlot().getDomainAxis().getRange();
                    homeY = chart.getXYPlot().getRangeAxis().getRange();
                }
            }
            return chart;
        }
    }

    private final Executor painter;
    private final ImageView view = new ImageView();
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final AtomicLong latest = new AtomicLong();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final javafx.scene.control.ProgressIndicator drawing = new javafx.scene.control.ProgressIndicator();
    private final PauseTransition spinnerDelay = new PauseTransition(Duration.millis(250));
    private Source source;
    private Supplier<JFreeChart> maker;
    private Consumer<Supplier<JFreeChart>> saver;
    private ContextMenu menu;
    private boolean active = true;
    private boolean stale;
    private long shownRequest;
    private Function<ChartEntity, String> tips;
    private boolean zoomable;
    /** The axis ranges zoomed or panned to (null: the chart's own); read by the painter. */
    private volatile Range zoomX;
    private volatile Range zoomY;
    private double[] panFrom;
    private Consumer<ChartEntity> onMarkClicked;
    private final HoverTip tip = new HoverTip(this);
    /** Whether the window shows the dark theme, so the chart is drawn for a dark page; read by the painter. */
    private volatile boolean dark;
    private javafx.scene.Node themed;
    private final javafx.collections.SetChangeListener<javafx.css.PseudoClass> themeWatch = change -> themeChanged();
    /** The mark the tooltip speaks of, so that moving within it does not redo the text. */
    private ChartEntity tipped;
    /** The chart whose picture is on screen: marks are read from it only while it is the latest one asked for. */
    private Source shownSource;

    /** @param painter the thread the charts are built and drawn on; one thread, so one chart is never drawn twice at once */
    public ChartPicture(Executor painter) {
        this.painter = Objects.requireNonNull(painter);
        getStyleClass().add("sl-chart-picture");
        view.setPreserveRatio(false);
        view.setSmooth(true);
        drawing.setMaxSize(28, 28);
        drawing.setPrefSize(28, 28);
        drawing.setVisible(false);
        drawing.setMouseTransparent(true);
        drawing.getStyleClass().add("sl-chart-drawing");
        getChildren().addAll(view, drawing);
        // a drawing that takes a while shows a spinner; a quick one does not flicker
        spinnerDelay.setOnFinished(event -> drawing.setVisible(shownRequest != latest.get() && active));
        setMinSize(0, 0);
        setPrefSize(600, 400);
        settle.setOnFinished(event -> paint());
        widthProperty().addListener((obs, old, now) -> resized());
        heightProperty().addListener((obs, old, now) -> resized());
        sceneProperty().addListener((obs, old, now) -> watchTheme(now));
        tip.setOnHidden(() -> tipped = null);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> hideTip());
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress() && onMarkClicked != null) {
                ChartEntity mark = markAt(event.getX(), event.getY());
                onMarkClicked.accept(mark);
                if (mark != null) {
                    event.consume();
                }
            }
        });
    }

    /**
     * Says what a mark under the mouse is (a dot, a bubble, a bar, a curve point): {@code tips} gives
     * the text for the chart's entity there, or null to say nothing. Read on the FX thread from the
     * areas JFreeChart recorded while drawing, so hovering costs no drawing.
     */
    public void setTips(Function<ChartEntity, String> tips) {
        this.tips = tips;
    }

    /** Says for each mark what the chart's own tooltip generators wrote for it (charts made with tooltips on). */
    public void setTipsFromChart() {
        setTips(ChartEntity::getToolTipText);
    }

    /** Whether the picture is drawn for the dark theme (the window's root shows it). */
    public boolean drawsDark() {
        return dark;
    }

    private void watchTheme(javafx.scene.Scene scene) {
        if (themed != null) {
            themed.getPseudoClassStates().removeListener(themeWatch);
        }
        themed = scene == null ? null : scene.getRoot();
        if (themed != null) {
            themed.getPseudoClassStates().addListener(themeWatch);
        }
        themeChanged();
    }

    private void themeChanged() {
        boolean now = themed != null && themed.getPseudoClassStates().contains(Theme.DARK);
        if (now != dark) {
            dark = now;
            stale = true;
            paint();
        }
    }

    /** Called with the mark clicked (the left button, without dragging), or null for a click beside every mark. */
    public void setOnMarkClicked(Consumer<ChartEntity> clicked) {
        this.onMarkClicked = clicked;
    }

    /** The text of the tooltip on screen, or null when none shows (for tests). */
    public String tipText() {
        return tip.isShowing() || tipped != null ? tip.text() : null;
    }

    /**
     * The mark at a point of this node: the topmost item entity (an {@link XYItemEntity} or
     * {@link CategoryItemEntity}) whose area holds it, else the one whose centre is nearest within
     * {@value #NEAR} units (a thin line's points); null when there is none.
     */
    public ChartEntity markAt(double x, double y) {
        Shown now = shown.get();
        if (now == null || getWidth() <= 0 || getHeight() <= 0 || now.info().getEntityCollection() == null) {
            return null;
        }
        return now.marks().at(x * now.width() / getWidth(), y * now.height() / getHeight());
    }

    /**
     * Lets the wheel zoom an XY chart about the mouse, a drag pan it and a double-click show it whole
     * again; each view is drawn on the painter's thread like any other.
     */
    public void setZoomable(boolean zoomable) {
        if (zoomable && !this.zoomable) {
            addEventHandler(ScrollEvent.SCROLL, this::scrolled);
            addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
                Shown now = shown.get();
                if (this.zoomable && event.getButton() == MouseButton.PRIMARY && now != null
                        && now.chart().getPlot() instanceof XYPlot) {
                    XYPlot plot = now.chart().getXYPlot();
                    Range x = plot.getDomainAxis().getRange();
                    Range y = plot.getRangeAxis().getRange();
                    panFrom = new double[] {event.getX(), event.getY(), x.getLowerBound(), x.getUpperBound(),
                            y.getLowerBound(), y.getUpperBound()};
                }
            });
            addEventHandler(MouseEvent.MOUSE_DRAGGED, this::panned);
            addEventHandler(MouseEvent.MOUSE_RELEASED, event -> panFrom = null);
            addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
                if (this.zoomable && event.getClickCount() == 2 && isZoomed()) {
                    resetZoom();
                    stale = true;
                    paint();
                }
            });
        }
        this.zoomable = zoomable;
    }

    /** Whether the chart shows a zoomed or panned part rather than all of it. */
    public boolean isZoomed() {
        return zoomX != null;
    }

    /** Forgets the zoom: the next chart is shown whole. */
    public void resetZoom() {
        zoomX = null;
        zoomY = null;
    }

    /** Zooms about a point of this node by {@code factor} (below 1 zooms in), as the wheel does. */
    public void zoom(double x, double y, double factor) {
        Shown now = shown.get();
        if (!zoomable || now == null || !(now.chart().getPlot() instanceof XYPlot)) {
            return;
        }
        XYPlot plot = now.chart().getXYPlot();
        Rectangle2D area = now.dataArea();
        double jx = x * now.width() / getWidth();
        double jy = y * now.height() / getHeight();
        if (!area.contains(jx, jy)) {
            return;
        }
        double px = plot.getDomainAxis().java2DToValue(jx, area, plot.getDomainAxisEdge());
        double py = plot.getRangeAxis().java2DToValue(jy, area, plot.getRangeAxisEdge());
        Range rx = plot.getDomainAxis().getRange();
        Range ry = plot.getRangeAxis().getRange();
        zoomX = new Range(px - (px - rx.getLowerBound()) * factor, px + (rx.getUpperBound() - px) * factor);
        zoomY = new Range(py - (py - ry.getLowerBound()) * factor, py + (ry.getUpperBound() - py) * factor);
        stale = true;
        paint();
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() == 0) {
            return;
        }
        zoom(event.getX(), event.getY(), event.getDeltaY() > 0 ? 0.8 : 1.25);
        event.consume();
    }

    private void panned(MouseEvent event) {
        Shown now = shown.get();
        if (!zoomable || panFrom == null || now == null || event.isConsumed()) {
            return;
        }
        Rectangle2D area = now.dataArea();
        double dx = (event.getX() - panFrom[0]) * now.width() / getWidth();
        double dy = (event.getY() - panFrom[1]) * now.height() / getHeight();
        double perX = (panFrom[3] - panFrom[2]) / area.getWidth();
        double perY = (panFrom[5] - panFrom[4]) / area.getHeight();
        zoomX = new Range(panFrom[2] - dx * perX, panFrom[3] - dx * perX);
        zoomY = new Range(panFrom[4] + dy * perY, panFrom[5] + dy * perY);
        stale = true;
        paint();
        event.consume();
    }

    /** Marks nearer than this (in chart units) to the mouse count as under it. */
    public static final double NEAR = 8;

    private void hovered(MouseEvent event) {
        if (tips == null) {
            return;
        }
        // the picture of a chart no longer asked for (another project, another pair) says nothing
        ChartEntity mark = shownSource != source ? null : markAt(event.getX(), event.getY());
        String text = mark == null ? null : tips.apply(mark);
        if (text == null) {
            hideTip();
            return;
        }
        tipped = tip.show(text, event.getScreenX() + 14, event.getScreenY() + 14) ? mark : null;
    }

    private void hideTip() {
        tipped = null;
        if (tip.isShowing()) {
            tip.hide();
        }
    }

    /**
     * One thread that builds and draws a panel's charts, so they are drawn one at a time and never on
     * the FX thread; it ends when idle and never keeps the application running.
     */
    public static ExecutorService newPainter() {
        ThreadPoolExecutor painter = new ThreadPoolExecutor(1, 1, 10,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "segmentlab-chart-painter");
                    thread.setDaemon(true);
                    return thread;
                });
        painter.allowCoreThreadTimeOut(true);
        return painter;
    }

    /** Shows the chart {@code maker} builds; it is called off the FX thread, so it must read only data that do not change. */
    public void show(Supplier<JFreeChart> maker) {
        this.maker = Objects.requireNonNull(maker);
        source = new Source(maker);
        hideTip();
        stale = true;
        paint();
    }

    /**
     * Draws only while active (its tab is the one selected): a hidden chart is drawn when it is first
     * shown, not whenever the window changes.
     */
    public void setActive(boolean now) {
        active = now;
        if (!now) {
            hideTip();
        }
        if (now && stale) {
            paint();
        }
    }

    /**
     * Offers "Save chart…" on right-click; {@code save} gets a maker of a fresh copy of the chart shown,
     * so the saved chart is not the one the painter may be drawing.
     */
    public void setOnSave(Consumer<Supplier<JFreeChart>> save) {
        saver = save;
        if (menu == null) {
            MenuItem item = new MenuItem("Save chart…");
            item.setOnAction(event -> save());
            menu = new ContextMenu(item);
            setOnContextMenuRequested(event -> {
                if (saver != null && maker != null) {
                    menu.show(this, event.getScreenX(), event.getScreenY());
                }
                event.consume();
            });
        }
    }

    /** Asks to save the chart shown now; nothing happens before a chart is shown or without a save action. */
    public void save() {
        if (saver != null && maker != null) {
            saver.accept(maker);
        }
    }

    /** The maker of the chart shown now; null before the first. */
    public Supplier<JFreeChart> maker() {
        return maker;
    }

    /** The picture on screen; null until the first is ready. */
    public javafx.scene.image.Image image() {
        return view.getImage();
    }

    /** What is on screen now; null until the first picture is ready. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Shown shown() {
        return shown.get();
    }

    /** Whether the picture on screen is the latest chart at the current size (false while one is being drawn). */
    public boolean upToDate() {
        return source != null && !stale && shownRequest == latest.get();
    }

    @Override
    protected void layoutChildren() {
        view.relocate(0, 0);
        view.setFitWidth(getWidth());
        view.setFitHeight(getHeight());
        drawing.resizeRelocate((getWidth() - 28) / 2, (getHeight() - 28) / 2, 28, 28);
    }

    /** Whether the spinner waits to show (a drawing under way, not yet for long). */
    boolean spinnerPending() {
        return spinnerDelay.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** Whether the spinner shows: a drawing is under way and has taken a while. */
    public boolean isDrawing() {
        return drawing.isVisible();
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
        spinnerDelay.playFromStart();
        Range zx = zoomX;
        Range zy = zoomY;
        boolean forDark = dark;
        painter.execute(() -> {
            if (latest.get() != request) {
                return;
            }
            try {
                JFreeChart chart = drawn.chart();
                if (zoomable && chart.getPlot() instanceof XYPlot) {
                    XYPlot plot = chart.getXYPlot();
                    if (zx != null && zy != null) {
                        plot.getDomainAxis().setRange(zx, true, false);
                        plot.getRangeAxis().setRange(zy, true, false);
                    } else if (drawn.homeX != null && drawn.homeY != null) {
                        // the chart's own view, as its maker set it (padded, pinned) or as its data gave it
                        plot.getDomainAxis().setRange(drawn.homeX, true, false);
                        plot.getRangeAxis().setRange(drawn.homeY, true, false);
                    }
                }
                ChartRenderingInfo info = new ChartRenderingInfo();
                WritableImage image = draw(chart, width, height, scale, info, forDark);
                // the marks are filed here, so a mouse move on the FX thread reads one square of them
                Shown picture = new Shown(chart, info, width, height);
                Platform.runLater(() -> {
                    if (latest.get() == request) {
                        shownRequest = request;
                        spinnerDelay.stop();
                        drawing.setVisible(false);
                        view.setImage(image);
                        hideTip();
                        shownSource = drawn;
                        shown.set(picture);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Chart not drawn", e);
                Platform.runLater(() -> {
                    if (latest.get() == request) {
                        spinnerDelay.stop();
                        drawing.setVisible(false);
                    }
                });
            }
        });
    }

    /** The chart as a JavaFX image, drawn with Java2D at {@code scale} pixels per layout unit. */
    public static WritableImage draw(JFreeChart chart, double width, double height, double scale, ChartRenderingInfo info) {
        return draw(chart, width, height, scale, info, false);
    }

    /** As {@link #draw(JFreeChart, double, double, double, ChartRenderingInfo)}, for a dark page when {@code dark}. */
    public static WritableImage draw(JFreeChart chart, double width, double height, double scale, ChartRenderingInfo info,
            boolean dark) {
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
        if (dark) {
            DARK.applyPremultiplied(pixels);
        }
        WritableImage image = new WritableImage(pixelsWide, pixelsHigh);
        image.getPixelWriter().setPixels(0, 0, pixelsWide, pixelsHigh, PixelFormat.getIntArgbPreInstance(), pixels,
                0, pixelsWide);
        return image;
    }
}
