package org.segmentlab.ui.workbench;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the workbench remembers about its window between sessions: place, size and theme. */
public final class WindowSettings {

    /**
     * Where the window was.
     *
     * @param maximized whether it filled the screen; x, y, width and height are then its size before
     */
    public record Placement(double x, double y, double width, double height, boolean maximized) {

        /** Whether enough of the window would be on one of these screens to grab its title bar. */
        public boolean visibleOn(java.util.List<Rectangle2D> screens) {
            Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(1, width), 40);
            return width >= 200 && height >= 150 && screens.stream().anyMatch(s -> s.intersects(titleBar));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(WindowSettings.class);
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String DARK = "theme.dark";

    private final Preferences node;

    public WindowSettings(Preferences node) {
        this.node = node;
    }

    public Optional<Placement> placement() {
        double width = node.getDouble(WIDTH, -1);
        double height = node.getDouble(HEIGHT, -1);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Placement(node.getDouble(X, 0), node.getDouble(Y, 0), width, height,
                node.getBoolean(MAXIMIZED, false)));
    }

    public void rememberPlacement(Placement placement) {
        node.putDouble(X, placement.x());
        node.putDouble(Y, placement.y());
        node.putDouble(WIDTH, placement.width());
        node.putDouble(HEIGHT, placement.height());
        node.putBoolean(MAXIMIZED, placement.maximized());
        flush();
    }

    public boolean darkTheme() {
        return node.getBoolean(DARK, false);
    }

    public void rememberDarkTheme(boolean dark) {
        node.putBoolean(DARK, dark);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Window settings not stored: {}", e.getMessage());
        }
    }
}
