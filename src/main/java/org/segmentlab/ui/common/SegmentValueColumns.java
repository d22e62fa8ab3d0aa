package org.segmentlab.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import org.segmentlab.core.clv.SegmentValues;

/**
 * The lifetime value columns of a segment table: total and mean CLV, share of CLV and mean P(alive) of
 * each segment by the project's value model. They show only while there is one, and follow it.
 */
public final class SegmentValueColumns {

    private SegmentValueColumns() {
    }

    /**
     * @param nameOf the segment name of a row (as the value model's segments are named)
     * @param values each segment's value; null hides the columns
     * @return Total CLV, Mean CLV, % CLV and Mean P(alive), to be fitted to their headers by the table
     */
    public static <T> List<TableColumn<T, String>> of(Function<T, String> nameOf,
                                                      ObservableValue<SegmentValues> values) {
        TableColumn<T, String> total = column("Total CLV", nameOf, values,
                s -> String.format(Locale.US, "%,.0f", s.totalClv()));
        TableColumn<T, String> mean = column("Mean CLV", nameOf, values,
                s -> String.format(Locale.US, "%,.2f", s.meanClv()));
        TableColumn<T, String> share = column("% CLV", nameOf, values,
                s -> String.format(Locale.US, "%.1f%%", 100 * s.clvShare()));
        TableColumn<T, String> alive = column("Mean P(alive)", nameOf, values,
                s -> String.format(Locale.US, "%.2f", s.meanPAlive()));
        return List.of(total, mean, share, alive);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> nameOf,
                                                     ObservableValue<SegmentValues> values,
                                                     Function<SegmentValues.Segment, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setId("clv-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        column.setCellValueFactory(cell -> Bindings.createStringBinding(() -> {
            SegmentValues now = values.getValue();
            if (now == null) {
                return "";
            }
            return now.of(nameOf.apply(cell.getValue())).filter(s -> s.customers() > 0).map(text).orElse("–");
        }, values));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.getStyleClass().add(Css.NUMERIC_CELL);
        column.setPrefWidth(100);
        column.visibleProperty().bind(Bindings.createBooleanBinding(() -> values.getValue() != null, values));
        return column;
    }
}
