package org.segmentlab.ui.testing;

/**
 * Gives the headless test screen room for the workbench's default 1400×900 window. Monocle reads
 * the size once, when the first GUI test of the JVM starts the toolkit, so every GUI test calls this
 * before its {@code @Start}.
 */
public final class HeadlessScreen {

    private HeadlessScreen() {
    }

    public static void ensureRoomForTheWorkbench() {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1600x1000-32");
        }
    }
}
