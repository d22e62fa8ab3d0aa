package org.segmentlab.ui.segment;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.StepHeader;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.segment.cluster.ClustersPanel;
import org.segmentlab.ui.segment.cluster.ClustersViewModel;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.segment.rfm.RfmPanel;
import org.segmentlab.ui.segment.rfm.RfmSettingsStore;
import org.segmentlab.ui.segment.rfm.RfmViewModel;
import org.segmentlab.ui.task.TaskRunner;

/** The Segments step: customers scored on the RFM grid, or clustered on their features. */
public final class SegmentsStep implements WorkbenchStep {

    private final RfmViewModel rfm;
    private final ClustersPanel clusters;

    public SegmentsStep(DataViewModel data, TaskRunner tasks, DialogService dialogs, RfmSettingsStore rfmSettings,
                        ProjectSettingsAccess projectSettings) {
        this.rfm = new RfmViewModel(Objects.requireNonNull(data), tasks, dialogs, rfmSettings);
        this.clusters = new ClustersPanel(data, projectSettings, tasks, dialogs);
    }

    public RfmViewModel rfm() {
        return rfm;
    }

    public ClustersViewModel clusters() {
        return clusters.model();
    }

    @Override
    public String title() {
        return "Segments";
    }

    @Override
    public String subtitle() {
        return "RFM grid and clustering";
    }

    @Override
    public Icon icon() {
        return Icon.SEGMENTS;
    }

    @Override
    public Node view() {
        Tab rfmTab = new Tab("RFM", new RfmPanel(rfm).node());
        rfmTab.setId("segments-rfm");
        Tab clustersTab = new Tab("Clusters", clusters.view());
        clustersTab.setId("segments-clusters");
        TabPane tabs = new TabPane(rfmTab, clustersTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        openOnWhatTheProjectHas(tabs, clustersTab);
        BorderPane panel = new BorderPane(tabs);
        panel.setTop(StepHeader.of(title(), "Score customers on recency, frequency and monetary value and name"
                + " them with a segment map; or cluster them on their features."));
        panel.getStyleClass().add(Css.STEP_CONTENT);
        rfm.runAutomatically();
        return panel;
    }

    /**
     * A project without transactions has nothing for the RFM tab: when its clustering is shown (a kept
     * run restored, or one just made), the step opens on the Clusters tab instead of an empty grid,
     * until the user picks a tab.
     */
    private void openOnWhatTheProjectHas(TabPane tabs, Tab clustersTab) {
        boolean[] ours = {false};
        boolean[] userPicked = {false};
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!ours[0]) {
                userPicked[0] = true;
            }
        });
        Runnable pick = () -> {
            if (!userPicked[0] && rfm.transactionSources().isEmpty() && !clusters.model().segments().isEmpty()
                    && tabs.getSelectionModel().getSelectedItem() != clustersTab) {
                ours[0] = true;
                try {
                    tabs.getSelectionModel().select(clustersTab);
                } finally {
                    ours[0] = false;
                }
            }
        };
        rfm.transactionSources().addListener((javafx.collections.ListChangeListener<Object>) change -> pick.run());
        clusters.model().segments().addListener((javafx.collections.ListChangeListener<Object>) change -> pick.run());
        pick.run();
    }
}
