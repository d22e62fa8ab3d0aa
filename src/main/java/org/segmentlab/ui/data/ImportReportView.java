package org.segmentlab.ui.data;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.segmentlab.core.data.ImportReport;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Follow;

/** How the selected file was read: counts, format, rows left out and why, notes. */
public final class ImportReportView {

    private final VBox content = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(content);
    /** Held here: bindings are only weakly referenced by what they observe. */
    private final Follow<DataSource, ImportedTable> selectedTable;

    public ImportReportView(DataViewModel model) {
        content.getStyleClass().add(Css.REPORT);
        content.setPadding(new Insets(12));
        scroll.setFitToWidth(true);
        selectedTable = Follow.of(model.selectedProperty(), DataSource::tableProperty, null);
        selectedTable.addListener((obs, old, now) -> show(now));
        show(model.selected() == null ? null : model.selected().table());
    }

    public Node node() {
        return scroll;
    }

    private void show(ImportedTable table) {
        content.getChildren().clear();
        if (table == null) {
            Label empty = new Label("The import report appears here once a file is read.");
            empty.getStyleClass().add(Css.NOTE);
            empty.setWrapText(true);
            content.getChildren().add(empty);
            return;
        }
        ImportReport report = table.report();
        FlowPane metrics = new FlowPane(10, 10,
                metric("Rows read", report.rowsRead(), false),
                metric("Rows kept", report.rowsKept(), false),
                metric("Rows rejected", report.rowsRejected(), report.rowsRejected() > 0),
                metric("Without customer id", report.rowsWithoutCustomerId(), report.rowsWithoutCustomerId() > 0));
        boolean database = org.segmentlab.core.engine.RelationImport.DATABASE_FORMAT.equals(report.charset());
        content.getChildren().addAll(metrics, section(database ? "Source" : "File", List.of(
                report.file().toString(), ImportReportText.format(report),
                ImportReportText.count(report.columns().size()) + " columns"), false));
        List<String> rejections = ImportReportText.rejections(report);
        content.getChildren().add(section("Rows left out",
                rejections.isEmpty() ? List.of("None: every row was kept.") : rejections, false));
        String missingIds = ImportReportText.withoutCustomerId(report);
        List<String> notes = new java.util.ArrayList<>(report.notes());
        if (!missingIds.isEmpty()) {
            notes.add(missingIds);
        }
        content.getChildren().add(section("Notes", notes.isEmpty() ? List.of("No notes.") : notes, true));
    }

    private static Node metric(String label, long value, boolean warn) {
        Label number = new Label(ImportReportText.count(value));
        number.getStyleClass().add(Css.METRIC_VALUE);
        Label caption = new Label(label);
        caption.getStyleClass().add(Css.METRIC_LABEL);
        VBox box = new VBox(2, number, caption);
        box.getStyleClass().add(Css.METRIC);
        if (warn) {
            box.getStyleClass().add(Css.METRIC_WARNING);
        }
        return box;
    }

    private static Node section(String title, List<String> lines, boolean notes) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Css.PANEL_TITLE);
        VBox box = new VBox(6, heading);
        box.getStyleClass().add(Css.REPORT_SECTION);
        for (String line : lines) {
            Label text = new Label(line);
            text.setWrapText(true);
            text.getStyleClass().add(notes ? Css.NOTE : Css.REPORT_LINE);
            box.getChildren().add(text);
        }
        return box;
    }
}
