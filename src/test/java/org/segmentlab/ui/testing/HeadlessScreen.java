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

    /**
     * For a GUI benchmark: the bench profile does not pass the headless settings the default profile
     * does (Monocle, the software renderer, TestFX's glass robot), so they are set here unless given,
     * and the screen gets the workbench's room.
     */
    public static void forBenchmark() {
        System.setProperty("testfx.robot", System.getProperty("testfx.robot", "glass"));
        System.setProperty("testfx.headless", System.getProperty("testfx.headless", "true"));
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        ensureRoomForTheWorkbench();
    }
}
