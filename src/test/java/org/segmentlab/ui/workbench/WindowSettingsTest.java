package org.segmentlab.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.segmentlab.ui.testing.MemoryPreferences;

/** The window's place, size and theme outlive the session in a preferences node. */
class WindowSettingsTest {

    private static final List<Rectangle2D> ONE_SCREEN = List.of(new Rectangle2D(0, 0, 1920, 1080));

    @Test
    void nothingIsRememberedTheFirstTime() {
        WindowSettings settings = new WindowSettings(new MemoryPreferences());

        assertThat(settings.placement()).isEmpty();
        assertThat(settings.darkTheme()).isFalse();
    }

    @Test
    void aRememberedPlacementAndThemeAreReadBackByTheNextSession() {
        MemoryPreferences node = new MemoryPreferences();
        WindowSettings.Placement placement = new WindowSettings.Placement(120, 80, 1100, 700, true);
        new WindowSettings(node).rememberPlacement(placement);
        new WindowSettings(node).rememberDarkTheme(true);

        WindowSettings next = new WindowSettings(node);

        assertThat(next.placement()).contains(placement);
        assertThat(next.darkTheme()).isTrue();
        assertThat(node.getDouble("window.width", 0)).isEqualTo(1100);
    }

    @Test
    void aPlaceOffEveryScreenOrTooSmallIsNotRestored() {
        assertThat(new WindowSettings.Placement(100, 100, 1000, 700, false).visibleOn(ONE_SCREEN)).isTrue();
        // a second monitor that is no longer there
        assertThat(new WindowSettings.Placement(2500, 100, 1000, 700, false).visibleOn(ONE_SCREEN)).isFalse();
        // the title bar above the top of the screen
        assertThat(new WindowSettings.Placement(100, -500, 1000, 400, false).visibleOn(ONE_SCREEN)).isFalse();
        assertThat(new WindowSettings.Placement(100, 100, 120, 90, false).visibleOn(ONE_SCREEN)).isFalse();
    }
}
