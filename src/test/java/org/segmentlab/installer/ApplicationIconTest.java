package org.segmentlab.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window icon the workbench loads from the class path, rendered from icons/segmentlab.svg
 * (a rounded square in the accent colour, a white panel, four segment dots).
 */
class ApplicationIconTest {

    private static final int ACCENT = 0x0969da;
    private static final int PANEL = 0xffffff;
    private static final int FIRST_SEGMENT = 0x4e79a7;
    private static final int FOURTH_SEGMENT = 0xe15759;

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256, 512})
    void everyWindowIconSizeIsASquarePngOfThatSize(int size) throws IOException {
        BufferedImage icon = load(size);

        assertThat(icon.getWidth()).isEqualTo(size);
        assertThat(icon.getHeight()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256, 512})
    void theWindowIconIsTheCopyOfTheRenderedIcon(int size) throws IOException {
        String name = "segmentlab-" + size + ".png";
        try (InputStream in = ApplicationIconTest.class.getResourceAsStream("/org/segmentlab/icons/" + name)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(Path.of("icons", name)));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 256, 512})
    void showsTheDesignOfTheSvgSource(int size) throws IOException {
        BufferedImage icon = load(size);
        double unit = size / 512.0;

        // Transparent outside the rounded corner (corner radius 96 of 512).
        assertThat(icon.getRGB(0, 0) >>> 24).isZero();
        // The accent frame (0..64 of 512), the white panel (64..448), two of the segment dots
        // at their centres (172,172) and (340,340).
        assertThat(rgbAt(icon, 32 * unit, 256 * unit)).isEqualTo(ACCENT);
        assertThat(rgbAt(icon, 256 * unit, 80 * unit)).isEqualTo(PANEL);
        assertThat(rgbAt(icon, 172 * unit, 172 * unit)).isEqualTo(FIRST_SEGMENT);
        assertThat(rgbAt(icon, 340 * unit, 340 * unit)).isEqualTo(FOURTH_SEGMENT);
    }

    private static int rgbAt(BufferedImage image, double x, double y) {
        return image.getRGB((int) x, (int) y) & 0xffffff;
    }

    private static BufferedImage load(int size) throws IOException {
        try (InputStream in = ApplicationIconTest.class.getResourceAsStream(
                "/org/segmentlab/icons/segmentlab-" + size + ".png")) {
            assertThat(in).as("window icon of %d px on the class path", size).isNotNull();
            return ImageIO.read(in);
        }
    }
}
