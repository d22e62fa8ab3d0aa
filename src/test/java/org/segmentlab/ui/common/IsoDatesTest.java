package org.segmentlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class IsoDatesTest {

    static {
        org.segmentlab.ui.testing.HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private DatePicker shown;

    @Start
    void start(Stage stage) {
        shown = IsoDates.apply(new DatePicker());
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(shown), 300, 80));
        stage.show();
    }

    @Test
    void aDateFieldShowsAndReadsIsoDatesWhateverTheLocale(FxRobot robot) {
        java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.US);
        try {
            DatePicker[] picker = {shown};
            robot.interact(() -> picker[0].setValue(LocalDate.of(2024, 12, 30)));
            assertThat(picker[0].getEditor().getText()).isEqualTo("2024-12-30");
            assertThat(picker[0].getPromptText()).isEqualTo("yyyy-MM-dd");
            assertThat(picker[0].getConverter().fromString(" 2025-01-06 ")).isEqualTo(LocalDate.of(2025, 1, 6));
            // the locale's own form is not read as something else: the date stays
            assertThat(picker[0].getConverter().fromString("1/6/2025")).isEqualTo(LocalDate.of(2024, 12, 30));
            assertThat(picker[0].getConverter().fromString("")).isNull();
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, before);
        }
    }
}
