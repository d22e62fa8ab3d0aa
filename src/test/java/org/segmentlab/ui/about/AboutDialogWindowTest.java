package org.segmentlab.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentlab.Version;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help ▸ About shows the name, version, icon and licence, and lists every bundled library. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    @Start
    void start(Stage stage) {
        Theme.installBase();
        StackPane root = new StackPane(AboutDialog.content(Libraries.bundled()));
        root.setStyle("-fx-padding: 16;");
        Scene scene = new Scene(root, 700, 560);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsVersionLicenceIconAndOneRowPerLibrary(FxRobot robot) {
        Label version = robot.lookup("#about-version").queryAs(Label.class);
        Label licence = robot.lookup("#about-licence").queryAs(Label.class);
        ImageView icon = robot.lookup("#about-icon").queryAs(ImageView.class);
        TableView<?> table = robot.lookup("#about-libraries").queryAs(TableView.class);

        assertThat(version.getText()).isEqualTo("Version " + Version.current());
        assertThat(licence.getText()).contains("GPL-3.0-or-later");
        assertThat(icon.getImage().isError()).isFalse();
        assertThat(icon.getImage().getWidth()).isEqualTo(96);
        assertThat(table.getItems()).hasSize(Libraries.bundled().size());
        Screenshots.save(version.getScene(), "about");
    }
}
