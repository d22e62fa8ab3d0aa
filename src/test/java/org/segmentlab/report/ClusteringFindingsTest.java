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
        // a score does not add up: the corners say its mean, (30 + 50) / 2 at the top right
        assertThat(matrix.quadrants().get(3).summary()).isEqualTo("2 customers · mean Spending Score (1-100) 40");
        assertThat(matrix.quadrants().get(0).summary()).isEqualTo("2 customers · mean Spending Score (1-100) 15");
        // visits add up: their share
        ReportModel.ValueMatrix visits = ClusteringFindings.matrix(value, engagement, "Spend", "visits");
        assertThat(visits.quadrants().get(3).summary()).endsWith("of all visits");
    }

    @Test
    void scoresRatesAgesAndIncomesDoNotAddUpCountsAndMoneyDo() {
        for (String level : java.util.List.of("Spending Score (1-100)", "Age", "Annual Income (k$)", "conversion_rate",
                "days_since_last_visit", "avg_order_value", "activity_trend", "p_alive")) {
            assertThat(QuadrantChart.addsUp(level)).as(level).isFalse();
        }
        for (String amount : java.util.List.of("monetary", "monetary_90d", "frequency", "session_count", "orders",
                "count_purchased", "clv")) {
            assertThat(QuadrantChart.addsUp(amount)).as(amount).isTrue();
        }
    }

    @Test
    void spendIsCalledRevenue() {
        assertThat(QuadrantChart.shareOf("monetary")).isEqualTo("revenue");
        assertThat(QuadrantChart.shareOf("visits")).isEqualTo("all visits");
    }
}
