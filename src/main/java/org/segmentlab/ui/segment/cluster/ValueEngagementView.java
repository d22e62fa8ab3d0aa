package org.segmentlab.ui.segment.cluster;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.segmentlab.core.segment.cluster.SegmentLabels;
import org.segmentlab.report.charts.QuadrantChart;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.Css;

/**
 * The value-against-engagement tab: which measures and where each splits into low and high, above
 * the matrix. The thresholds can be typed or dragged on the chart; either way the quadrants'
 * customers and shares follow. While the user drags, the axes keep their range so the chart does not
 * move under the mouse.
 */
final class ValueEngagementView {

    /** How close to a threshold line, in pixels, the mouse grabs it. */
    static final double GRAB = 6;
    static final String DRAG_LINE = "sl-threshold-drag";

    /** Which threshold the mouse holds. */
    enum Grip {
        ENGAGEMENT, VALUE, BOTH
    }

    private final ClustersViewModel model;
    private final ChartPicture picture;
    private final BorderPane root = new BorderPane();
    private final ComboBox<String> engagement = new ComboBox<>();
    private final ComboBox<String> value = new ComboBox<>();
    private final TextField engagementAt = new TextField();
    private final TextField valueAt = new TextField();
    private final Line engagementLine = new Line();
    private final Line valueLine = new Line();
    private ClusterOutcome outcome;
    private SegmentLabels labels;
    private Range pinnedEngagement;
    private Range pinnedValue;
    private Grip dragging;
    private boolean syncing;

    ValueEngagementView(ClustersViewModel model, Executor painter) {
        this.model = model;
        this.picture = new ChartPicture(painter);
        engagement.setId("cluster-engagement");
        value.setId("cluster-value");
        engagementAt.setId("cluster-engagement-threshold");
        valueAt.setId("cluster-value-threshold");
        engagementAt.setPrefColumnCount(6);
        valueAt.setPrefColumnCount(6);
        CheckBox cloud = new CheckBox("Customers as dots");
        cloud.setId("cluster-cloud");
        cloud.selectedProperty().bindBidirectional(model.customerCloudProperty());
        cloud.setTooltip(new Tooltip("Draws a sample of the customers faintly behind the segments."));

        engagement.setOnAction(event -> {
            if (!syncing && engagement.getValue() != null) {
                unpin();
                model.engagementMeasureProperty().set(engagement.getValue());
            }
        });
        value.setOnAction(event -> {
            if (!syncing && value.getValue() != null) {
                unpin();
                model.valueMeasureProperty().set(value.getValue());
            }
        });
        engagementAt.setOnAction(event -> typed(engagementAt, model.engagementThresholdProperty()));
        valueAt.setOnAction(event -> typed(valueAt, model.valueThresholdProperty()));
        engagementAt.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                typed(engagementAt, model.engagementThresholdProperty());
            }
        });
        valueAt.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                typed(valueAt, model.valueThresholdProperty());
            }
        });
        model.engagementMeasureProperty().addListener((obs, old, now) -> sync());
        model.valueMeasureProperty().addListener((obs, old, now) -> sync());
        model.engagementThresholdProperty().addListener((obs, old, now) -> sync());
        model.valueThresholdProperty().addListener((obs, old, now) -> sync());
        model.quadrants().addListener((ListChangeListener<Object>) change -> redraw());
        model.customerCloudProperty().addListener((obs, old, now) -> redraw());

        Button save = new Button("Save chart…");
        save.getStyleClass().add("small");
        save.setOnAction(event -> {
            if (outcome != null) {
                ClusterOutcome shownOutcome = outcome;
                SegmentLabels shownLabels = labels;
                ValueEngagement.Matrix matrix = model.matrixSettings();
                model.exportChart(() -> ClusterCharts.quadrants(shownOutcome, shownLabels, matrix),
                        "clusters-value-engagement");
            }
        });
        Label hint = new Label("Drag a dashed line to move its threshold; click a bubble to select its segment.");
        hint.getStyleClass().add(Css.NOTE);
        FlowPane bar = new FlowPane(12, 4,
                group(new Label("Engagement"), engagement, new Label("high from"), engagementAt),
                group(new Label("Value"), value, new Label("high from"), valueAt), cloud, save, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 0, 8));
        bar.setMinWidth(0);
        bar.setPrefWrapLength(600);

        for (Line line : List.of(engagementLine, valueLine)) {
            line.getStyleClass().add(DRAG_LINE);
            line.getStrokeDashArray().setAll(6.0, 4.0);
            line.setStyle("-fx-stroke: -sl-accent; -fx-stroke-width: 2;");
            line.setVisible(false);
        }
        Pane overlay = new Pane(engagementLine, valueLine);
        overlay.setMouseTransparent(true);
        StackPane chart = new StackPane(picture, overlay);
        chart.setMinSize(0, 0);
        picture.setTips(mark -> {
            ChartPicture.Shown shown = picture.shown();
            return shown == null ? null : QuadrantChart.bubbleOf(shown.chart(), mark).map(this::describe).orElse(null);
        });
        picture.setOnMarkClicked(mark -> {
            ChartPicture.Shown shown = picture.shown();
            if (shown != null) {
                // a click beside every bubble clears the selection
                model.selectedSegmentProperty().set(QuadrantChart.bubbleOf(shown.chart(), mark)
                        .map(b -> b.segment() < 0 ? -1 : b.segment() - 1).orElse(null));
            }
        });
        model.selectedSegmentProperty().addListener((obs, old, now) -> redraw());
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, event -> chart.setCursor(cursor(gripAt(event.getX(), event.getY()))));
        // filters, so a threshold taken by the mouse is dragged before the picture could pan under it
        chart.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        chart.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        picture.setZoomable(true);
        chart.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> released());
        root.setTop(bar);
        root.setCenter(chart);
        root.getStyleClass().add(Css.PANEL);
        root.setMinWidth(0);
    }

    Node root() {
        return root;
    }

    ChartPicture picture() {
        return picture;
    }

    /** Shows the matrix of another run, or the same run with other names. */
    void show(ClusterOutcome shownOutcome, SegmentLabels shownLabels) {
        boolean sameRun = shownOutcome == outcome;
        outcome = shownOutcome;
        labels = shownLabels;
        if (!sameRun) {
            unpin();
        }
        List<String> features = shownOutcome.matrix().featureNames();
        syncing = true;
        try {
            engagement.getItems().setAll(features);
            value.getItems().setAll(features);
        } finally {
            syncing = false;
        }
        sync();
        redraw();
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Puts the model's measures and thresholds into the controls. */
    private void sync() {
        syncing = true;
        try {
            engagement.setValue(model.engagementMeasureProperty().get());
            value.setValue(model.valueMeasureProperty().get());
            engagementAt.setText(format(model.engagementThresholdProperty().get()));
            valueAt.setText(format(model.valueThresholdProperty().get()));
        } finally {
            syncing = false;
        }
    }

    private void typed(TextField field, DoubleProperty target) {
        if (syncing) {
            return;
        }
        try {
            double typed = Double.parseDouble(field.getText().strip().replace(",", ""));
            if (typed != target.get()) {
                // a typed value may lie outside the dragged-to view: let the axes take it in again
                unpin();
                target.set(typed);
            }
        } catch (NumberFormatException e) {
            field.setText(format(target.get()));
        }
    }

    private void unpin() {
        pinnedEngagement = null;
        pinnedValue = null;
    }

    private void redraw() {
        String e = model.engagementMeasureProperty().get();
        String v = model.valueMeasureProperty().get();
        // while a new run is shown the measures change one by one, first to none
        if (outcome == null || e == null || v == null || !outcome.matrix().featureNames().contains(e)
                || !outcome.matrix().featureNames().contains(v)) {
            return;
        }
        ClusterOutcome drawn = outcome;
        SegmentLabels names = labels;
        ValueEngagement.Matrix matrix = model.matrixSettings();
        Range x = pinnedEngagement;
        Range y = pinnedValue;
        Integer selected = model.selectedSegmentProperty().get();
        picture.show(() -> {
            JFreeChart chart = ClusterCharts.quadrants(drawn, names, matrix);
            if (selected != null) {
                QuadrantChart.select(chart, ClusterCharts.chartId(selected));
            }
            if (x != null && y != null) {
                chart.getXYPlot().getDomainAxis().setRange(x, true, false);
                chart.getXYPlot().getRangeAxis().setRange(y, true, false);
            }
            return chart;
        });
    }

    /** What a bubble's tooltip says: its segment, its size and where it sits on both measures. */
    String describe(QuadrantChart.Bubble bubble) {
        ClusterOutcome shownOutcome = outcome;
        long total = shownOutcome == null ? 0 : shownOutcome.matrix().customerCount();
        return String.format(Locale.US, "%s%n%,d customers (%.1f%%)%n%s: mean %s%n%s: mean %s", bubble.name(),
                bubble.customers(), total == 0 ? 0 : 100.0 * bubble.customers() / total,
                model.engagementMeasureProperty().get(), org.segmentlab.ui.common.NumberText.format(bubble.engagement()),
                model.valueMeasureProperty().get(), org.segmentlab.ui.common.NumberText.format(bubble.value()));
    }

    // ---- dragging the thresholds

    /** The threshold line under the mouse, if any (both where they cross). */
    Grip gripAt(double x, double y) {
        ChartPicture.Shown shown = picture.shown();
        if (shown == null || outcome == null || picture.getWidth() <= 0 || picture.getHeight() <= 0) {
            return null;
        }
        double jx = x * shown.width() / picture.getWidth();
        double jy = y * shown.height() / picture.getHeight();
        Rectangle2D area = shown.dataArea();
        if (jx < area.getMinX() - GRAB || jx > area.getMaxX() + GRAB || jy < area.getMinY() - GRAB
                || jy > area.getMaxY() + GRAB) {
            return null;
        }
        XYPlot plot = shown.chart().getXYPlot();
        double lineX = plot.getDomainAxis().valueToJava2D(model.engagementThresholdProperty().get(), area,
                plot.getDomainAxisEdge());
        double lineY = plot.getRangeAxis().valueToJava2D(model.valueThresholdProperty().get(), area,
                plot.getRangeAxisEdge());
        boolean nearX = Math.abs(jx - lineX) <= GRAB;
        boolean nearY = Math.abs(jy - lineY) <= GRAB;
        if (nearX && nearY) {
            return Grip.BOTH;
        }
        return nearX ? Grip.ENGAGEMENT : nearY ? Grip.VALUE : null;
    }

    /** Where a threshold line is drawn now, in this tab's chart coordinates (for tests and the drag line). */
    double[] thresholdPosition() {
        ChartPicture.Shown shown = picture.shown();
        Rectangle2D area = shown.dataArea();
        XYPlot plot = shown.chart().getXYPlot();
        double x = plot.getDomainAxis().valueToJava2D(model.engagementThresholdProperty().get(), area,
                plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(model.valueThresholdProperty().get(), area,
                plot.getRangeAxisEdge());
        return new double[] {x * picture.getWidth() / shown.width(), y * picture.getHeight() / shown.height()};
    }

    private static Cursor cursor(Grip grip) {
        if (grip == null) {
            return Cursor.DEFAULT;
        }
        switch (grip) {
            case ENGAGEMENT:
                return Cursor.H_RESIZE;
            case VALUE:
                return Cursor.V_RESIZE;
            default:
                return Cursor.MOVE;
        }
    }

    private void pressed(MouseEvent event) {
        Grip grip = gripAt(event.getX(), event.getY());
        if (grip == null) {
            return;
        }
        dragging = grip;
        XYPlot plot = picture.shown().chart().getXYPlot();
        pinnedEngagement = plot.getDomainAxis().getRange();
        pinnedValue = plot.getRangeAxis().getRange();
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (dragging == null) {
            return;
        }
        ChartPicture.Shown shown = picture.shown();
        double sx = shown.width() / picture.getWidth();
        double sy = shown.height() / picture.getHeight();
        Rectangle2D area = shown.dataArea();
        double jx = Math.max(area.getMinX(), Math.min(area.getMaxX(), event.getX() * sx));
        double jy = Math.max(area.getMinY(), Math.min(area.getMaxY(), event.getY() * sy));
        XYPlot plot = shown.chart().getXYPlot();
        if (dragging != Grip.VALUE) {
            double at = plot.getDomainAxis().java2DToValue(jx, area, plot.getDomainAxisEdge());
            model.engagementThresholdProperty().set(round(at));
            place(engagementLine, jx / sx, area.getMinY() / sy, jx / sx, area.getMaxY() / sy);
        }
        if (dragging != Grip.ENGAGEMENT) {
            double at = plot.getRangeAxis().java2DToValue(jy, area, plot.getRangeAxisEdge());
            model.valueThresholdProperty().set(round(at));
            place(valueLine, area.getMinX() / sx, jy / sy, area.getMaxX() / sx, jy / sy);
        }
        event.consume();
    }

    private void released() {
        dragging = null;
        engagementLine.setVisible(false);
        valueLine.setVisible(false);
    }

    private static void place(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
        line.setVisible(true);
    }

    /** A dragged threshold to three significant digits: 212, not 211.83746. */
    static double round(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(3)).doubleValue();
    }

    /** A threshold as the analyst types it: no grouping, no trailing zeros. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
