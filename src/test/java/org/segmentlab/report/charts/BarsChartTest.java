package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.EntityCollection;
import org.junit.jupiter.api.Test;

class BarsChartTest {

    private static List<String> tips(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(600, 400, info);
        EntityCollection entities = info.getEntityCollection();
        List<String> tips = new ArrayList<>();
        for (int i = 0; i < entities.getEntityCount(); i++) {
            if (entities.getEntity(i) instanceof CategoryItemEntity e) {
                tips.add(e.getToolTipText());
            }
        }
        return tips;
    }

    @Test
    void eachDrawnBarSaysItsNameValueAndErrorLargestFirst() {
        JFreeChart chart = BarsChart.chart("Importance", "Drop in ROC AUC", List.of("seats", "logins", "region"),
                new double[] {0.0987, 0.4123, 0.00042}, new double[] {0.0061, 0.0148, 0.0003}, 2);
        assertThat(tips(chart)).containsExactly("logins: Drop in ROC AUC 0.412 (± 0.015)",
                "seats: Drop in ROC AUC 0.0987 (± 0.0061)");
    }

    @Test
    void barsWithoutErrorsSayNone() {
        JFreeChart chart = BarsChart.chart("SHAP", "mean |SHAP|", List.of("a", "b"), new double[] {1.5, 2.25});
        assertThat(tips(chart)).containsExactly("b: mean |SHAP| 2.25", "a: mean |SHAP| 1.50");
    }
}
