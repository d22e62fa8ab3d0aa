package org.segmentlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The workbench application. */
public final class SegmentLabApp extends Application {

    public static void launchWorkbench(String[] args) {
        Application.launch(SegmentLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("SegmentLab");
        stage.setScene(new Scene(new Label("SegmentLab"), 1280, 800));
        stage.show();
    }
}
