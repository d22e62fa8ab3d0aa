package org.segmentlab.ui.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes what a GUI test sees to {@code segmentlab.screenshots}/NAME.png, for people to look at. */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path directory() {
        return Path.of(System.getProperty("segmentlab.screenshots", "target/screenshots"));
    }

    public static Path save(Scene scene, String name) {
        return write(snapshot(() -> scene.snapshot(null)), name);
    }

    public static Path save(Node node, String name) {
        return write(snapshot(() -> node.snapshot(null, null)), name);
    }

    private static WritableImage snapshot(java.util.concurrent.Callable<WritableImage> take) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(take).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while taking a snapshot", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("snapshot failed", e);
        }
    }

    private static Path write(WritableImage image, String name) {
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Path file = directory().resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(picture, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
