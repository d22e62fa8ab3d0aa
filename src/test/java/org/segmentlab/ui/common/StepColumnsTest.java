package org.segmentlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableFeature;
import org.segmentlab.core.features.FeatureFamily;
import org.segmentlab.core.project.ProjectCustomers;

class StepColumnsTest {

    private static CustomerTable table() {
        return new CustomerTable(List.of("a", "b", "c"), List.of(CustomerTable.Column.numeric(
                new CustomerTableFeature("frequency", FeatureFamily.TRANSACTIONS, "purchases"), new double[] {1, 2, 3})));
    }

    @Test
    void columnsFollowTheFeaturesInAFixedOrderWithGapsForCustomersTheStepDidNotSee() {
        StepColumns columns = new StepColumns();
        columns.put(StepColumns.Column.ofNumbers(ProjectCustomers.CHURN_SCORE, "score", "Predict step",
                Map.of("a", 0.25, "c", 0.75)));
        columns.put(StepColumns.Column.ofTexts(ProjectCustomers.SEGMENT, "segment", "Clusters step",
                Map.of("a", "Loyal", "b", "New")));

        CustomerTable out = columns.addTo(table());

        assertThat(out.featureNames()).containsExactly("frequency", "segment", "churn_score");
        assertThat(out.column("segment").texts()).containsExactly("Loyal", "New", null);
        double[] scores = out.numeric("churn_score");
        assertThat(scores[0]).isEqualTo(0.25);
        assertThat(scores[1]).isNaN();
        assertThat(scores[2]).isEqualTo(0.75);
        assertThat(columns.addTo(table(), List.of(ProjectCustomers.SEGMENT)).featureNames())
                .containsExactly("frequency", "segment");
    }

    @Test
    void theRevisionMovesOnlyWhenAColumnChanges() {
        StepColumns columns = new StepColumns();
        StepColumns.Column segment = StepColumns.Column.ofTexts("segment", "d", "Clusters step", Map.of("a", "X"));
        columns.put(segment);
        long afterPut = columns.revisionProperty().get();
        columns.put(StepColumns.Column.ofTexts("segment", "d", "Clusters step", Map.of("a", "X")));
        assertThat(columns.revisionProperty().get()).isEqualTo(afterPut);
        columns.put(StepColumns.Column.ofTexts("segment", "d", "Clusters step", Map.of("a", "Y")));
        assertThat(columns.revisionProperty().get()).isEqualTo(afterPut + 1);
        columns.remove("segment");
        columns.remove("segment");
        assertThat(columns.revisionProperty().get()).isEqualTo(afterPut + 2);
        assertThat(columns.columns()).isEmpty();
    }

    @Test
    void aStepColumnReplacesAFeatureOfTheSameName() {
        StepColumns columns = new StepColumns();
        columns.put(StepColumns.Column.ofNumbers("frequency", "d", "x", Map.of("b", 9.0)));
        CustomerTable out = columns.addTo(table());
        assertThat(out.featureNames()).containsExactly("frequency");
        assertThat(out.numeric("frequency")[1]).isEqualTo(9.0);
        assertThatThrownBy(() -> new StepColumns.Column("x", "d", "s", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
