package org.segmentlab.ui.segment.cluster;

import javafx.scene.Node;
import org.segmentlab.core.segment.cluster.ClusteringService;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.task.TaskRunner;

/** The Clusters tab of the Segments step: cluster customers, read the charts, name the segments. */
public final class ClustersPanel {

    private final ClustersViewModel model;
    private ClustersView view;

    public ClustersPanel(DataViewModel data, ProjectSettingsAccess project, TaskRunner tasks, DialogService dialogs) {
        // all cores but one: the window keeps a core for itself while a sweep runs
        this.model = new ClustersViewModel(data, project, tasks, dialogs,
                new ClusteringService(Math.max(1, Runtime.getRuntime().availableProcessors() - 1)));
        data.selectedProperty().addListener((obs, old, now) -> {
            if (model.sourceProperty().get() == null) {
                model.sourceProperty().set(now);
            }
        });
        model.sourceProperty().set(data.selected());
    }

    public ClustersViewModel model() {
        return model;
    }

    /** Built once, on first call (on the FX thread); a run the project kept is run again from then on. */
    public Node view() {
        if (view == null) {
            view = new ClustersView(model, ChartPicture.newPainter());
            model.panelShown();
        }
        return view.root();
    }
}
