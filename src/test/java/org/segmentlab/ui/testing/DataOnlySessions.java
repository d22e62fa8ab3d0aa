package org.segmentlab.ui.testing;

import java.util.List;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.workbench.ProjectSession;

/** Sessions with the data sources only and no steps, for tests of the workbench's own commands. */
public final class DataOnlySessions {

    private DataOnlySessions() {
    }

    public static ProjectSession.Factory of(DataReader reader, DialogService dialogs) {
        return scope -> new ProjectSession(scope, new DataViewModel(reader, scope, dialogs), List.of());
    }
}
