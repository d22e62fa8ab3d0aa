package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.segmentlab.report.charts.QuadrantChart;

class ClusteringFindingsTest {

    @Test
    void quadrantsSplitAtTheMediansAndShareTheValueMeasuresTotal() {
        // engagement median 2.5, value median 25: one customer in each corner but the top right, which has two
        double[] engagement = {1, 4, 1, 3, 5, 2};
        double[] value = {10, 10, 40, 30, 50, 20};

        ReportModel.ValueMatrix matrix = ClusteringFindings.matrix(engagement, value, "Visits",
                "Spending Score (1-100)");

        assertThat(matrix.quadrants()).extracting(QuadrantChart.Quadrant::customers).containsExactly(2L, 1L, 1L, 2L);
        // 160 in all: bottom left 10 + 20, bottom right 10, top left 40, top right 30 + 50
        assertThat(matrix.quadrants()).extracting(QuadrantChart.Quadrant::revenueShare)
                .containsExactly(30 / 160.0, 10 / 160.0, 40 / 160.0, 80 / 160.0);
        // a score is not money: the corners say what their share is of
        assertThat(matrix.quadrants().get(3).summary()).isEqualTo("2 customers · 50% of all Spending Score (1-100)");
    }

    @Test
    void spendIsCalledRevenue() {
        assertThat(QuadrantChart.shareOf("monetary")).isEqualTo("revenue");
        assertThat(QuadrantChart.shareOf("visits")).isEqualTo("all visits");
    }
}
