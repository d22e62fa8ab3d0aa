package org.segmentlab.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectCustomers;
import org.segmentlab.core.project.SavedRfm;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.predict.ModelRun;
import org.segmentlab.ui.predict.PredictViewModel;
import org.segmentlab.ui.segment.cluster.ClustersViewModel;
import org.segmentlab.ui.segment.rfm.RfmViewModel;

/**
 * Feeds what the steps of one project session produce into its customer table: the RFM step's
 * segments as {@value ProjectCustomers#RFM_SEGMENT}, the Clusters step's as {@value ProjectCustomers#SEGMENT},
 * the Predict step's selected model's scores as {@value ProjectCustomers#CHURN_SCORE}. A column follows
 * its step: renamed segments, a new run or another model replace it; no result takes it away.
 */
final class StepColumnsFeed {

    static final String RFM_STEP = "RFM step";
    static final String CLUSTERS_STEP = "Clusters step";
    static final String PREDICT_STEP = "Predict step";
    static final String VALUE_STEP = "Value step";

    private StepColumnsFeed() {
    }

    /** Follows the three steps of a session; the session's listeners die with its view-models. */
    static void follow(StepColumns columns, Supplier<Project> project, RfmViewModel rfm, ClustersViewModel clusters,
                       PredictViewModel predict) {
        InvalidationListener rfmChanged = observable -> rfmSegments(columns, project.get(), rfm.segmentation());
        rfm.segmentationProperty().addListener(rfmChanged);
        InvalidationListener clustersChanged = observable -> clusterSegments(columns, clusters);
        clusters.outcomeProperty().addListener(clustersChanged);
        clusters.labelsProperty().addListener(clustersChanged);
        InvalidationListener predictChanged = observable -> scores(columns, predict);
        predict.selectedRunProperty().addListener(predictChanged);
        rfmSegments(columns, project.get(), rfm.segmentation());
        clusterSegments(columns, clusters);
        scores(columns, predict);
    }

    static void rfmSegments(StepColumns columns, Project project, RfmSegmentation segmentation) {
        if (segmentation == null) {
            columns.remove(ProjectCustomers.RFM_SEGMENT);
            return;
        }
        columns.put(StepColumns.Column.ofTexts(ProjectCustomers.RFM_SEGMENT, ProjectCustomers.RFM_SEGMENT_DESCRIPTION,
                RFM_STEP, SavedRfm.segmentByCustomer(project, segmentation)));
    }

    static void clusterSegments(StepColumns columns, ClustersViewModel clusters) {
        Map<String, String> segments = clusters.segmentByCustomer().orElse(null);
        if (segments == null) {
            columns.remove(ProjectCustomers.SEGMENT);
            return;
        }
        columns.put(StepColumns.Column.ofTexts(ProjectCustomers.SEGMENT,
                "Segment of the Clusters step: " + clusters.runDescription().orElse("the shown run"), CLUSTERS_STEP,
                segments));
    }

    /** Follows the Value step too: its fit gives each customer's P(alive), expected purchases and CLV. */
    static void followValue(StepColumns columns, org.segmentlab.ui.value.ValueViewModel value) {
        value.resultProperty().addListener((obs, old, now) -> values(columns, now));
        values(columns, value.result());
    }

    static void values(StepColumns columns, org.segmentlab.core.clv.ClvResult result) {
        List<String> names = List.of(ProjectCustomers.P_ALIVE, ProjectCustomers.EXPECTED_PURCHASES, ProjectCustomers.CLV);
        if (result == null) {
            names.forEach(columns::remove);
            return;
        }
        org.segmentlab.core.clv.CustomerValues v = result.values();
        Map<String, Double> alive = new HashMap<>();
        Map<String, Double> purchases = new HashMap<>();
        Map<String, Double> clv = new HashMap<>();
        for (int i = 0; i < v.size(); i++) {
            alive.put(v.customerId(i), v.pAlive(i));
            purchases.put(v.customerId(i), v.expectedPurchases(i));
            clv.put(v.customerId(i), v.clv(i));
        }
        long days = Math.round(result.options().horizonDays());
        columns.put(StepColumns.Column.ofNumbers(ProjectCustomers.P_ALIVE, "Probability the customer still buys, as of "
                + result.summary().asOf(), VALUE_STEP, alive));
        columns.put(StepColumns.Column.ofNumbers(ProjectCustomers.EXPECTED_PURCHASES, "Purchases expected in the next "
                + days + " days", VALUE_STEP, purchases));
        columns.put(StepColumns.Column.ofNumbers(ProjectCustomers.CLV, "Lifetime value over the next " + days
                + " days", VALUE_STEP, clv));
    }

    /**
     * Gives the RFM and Clusters steps each segment's lifetime value while the customer table has the
     * Value step's {@value ProjectCustomers#CLV} and {@value ProjectCustomers#P_ALIVE}: their segment
     * tables show it. Follows every change of the columns (a new fit, new segments, none).
     */
    static void followSegmentValues(StepColumns columns, RfmViewModel rfm, ClustersViewModel clusters) {
        columns.revisionProperty().addListener(observable -> segmentValues(columns, rfm, clusters));
        segmentValues(columns, rfm, clusters);
    }

    static void segmentValues(StepColumns columns, RfmViewModel rfm, ClustersViewModel clusters) {
        Map<String, Double> clv = columns.get(ProjectCustomers.CLV).map(StepColumns.Column::numbers).orElse(null);
        Map<String, Double> alive = columns.get(ProjectCustomers.P_ALIVE).map(StepColumns.Column::numbers)
                .orElse(Map.of());
        RfmSegmentation segmentation = rfm.segmentation();
        if (clv == null || segmentation == null) {
            rfm.segmentValuesProperty().set(null);
        } else {
            // by the names the RFM table shows
            Map<String, String> names = new HashMap<>();
            for (int i = 0; i < segmentation.rfm().size(); i++) {
                names.put(segmentation.rfm().customerId(i), segmentation.segmentName(i));
            }
            rfm.segmentValuesProperty().set(org.segmentlab.core.clv.SegmentValues.of(names, clv, alive));
        }
        clusters.segmentValuesProperty().set(clv == null ? null : clusters.segmentByCustomer()
                .map(names -> org.segmentlab.core.clv.SegmentValues.of(names, clv, alive)).orElse(null));
    }

    static void scores(StepColumns columns, PredictViewModel predict) {
        ModelRun run = predict.selectedRunProperty().get();
        if (run == null) {
            columns.remove(ProjectCustomers.CHURN_SCORE);
            return;
        }
        List<String> ids = run.input().customerIds();
        Map<String, Double> scores = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!Double.isNaN(run.scores()[i])) {
                scores.put(ids.get(i), run.scores()[i]);
            }
        }
        columns.put(StepColumns.Column.ofNumbers(ProjectCustomers.CHURN_SCORE,
                "Probability of " + predict.labelColumnProperty().get() + " = " + predict.positiveValueProperty().get()
                        + " by " + run.name(), PREDICT_STEP, scores));
    }
}
