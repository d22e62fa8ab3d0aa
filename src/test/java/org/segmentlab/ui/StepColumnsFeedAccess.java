package org.segmentlab.ui;

import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.value.ValueViewModel;

/** Lets tests of other packages wire a step to the customer table as the workbench does. */
public final class StepColumnsFeedAccess {

    private StepColumnsFeedAccess() {
    }

    public static void followValue(StepColumns columns, ValueViewModel value) {
        StepColumnsFeed.followValue(columns, value);
    }
}
