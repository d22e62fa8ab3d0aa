package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.segmentlab.report.charts.ChartExport;

/** A chart's picture goes into the PDF without loss: read back, every pixel is the one drawn. */
class PdfImagesTest {

    @Test
    void anOpaquePictureComesBackPixelForPixelAsPdfBoxsOwnEncodingGivesIt() throws Exception {
        BufferedImage image = new BufferedImage(97, 41, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 97, 41);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(30, 110, 200));
        g.fillOval(5, 3, 60, 33);
        g.setColor(new Color(240, 120, 20));
        g.drawLine(0, 40, 96, 0);
        g.dispose();

        BufferedImage ours = roundTrip(image, false);
        BufferedImage pdfBox = roundTrip(image, true);

        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(ours.getRGB(x, y) & 0xFFFFFF).as("(%d, %d)", x, y).isEqualTo(image.getRGB(x, y) & 0xFFFFFF)
                        .isEqualTo(pdfBox.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void transparentPixelsKeepTheirAlphaInASoftMaskAndOpaqueOnesNeedNone() throws Exception {
        BufferedImage image = new BufferedImage(31, 17, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(7);
        for (int y = 0; y < 17; y++) {
            for (int x = 0; x < 31; x++) {
                // the first row opaque, so the mask starts part-way through the pixels
                int alpha = y == 0 ? 255 : random.nextInt(256);
                image.setRGB(x, y, (alpha << 24) | random.nextInt(1 << 24));
            }
        }
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject picture = PdfImages.lossless(doc, image);
            assertThat(picture.getCOSObject().getCOSStream(COSName.SMASK)).isNotNull();
            BufferedImage back = picture.getImage();
            for (int y = 0; y < 17; y++) {
                for (int x = 0; x < 31; x++) {
                    int want = image.getRGB(x, y);
                    int got = back.getRGB(x, y);
                    assertThat(got >>> 24).as("alpha at (%d, %d)", x, y).isEqualTo(want >>> 24);
                    if (want >>> 24 == 255) {
                        assertThat(got & 0xFFFFFF).as("colour at (%d, %d)", x, y).isEqualTo(want & 0xFFFFFF);
                    }
                }
            }
            BufferedImage opaque = new BufferedImage(5, 5, BufferedImage.TYPE_INT_RGB);
            assertThat(PdfImages.lossless(doc, opaque).getCOSObject().getCOSStream(COSName.SMASK)).isNull();
        }
    }

    @Test
    void aReportChartIsPlacedAndReadBackUnchanged() throws Exception {
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart("Segments", "segment", "customers",
                new org.jfree.data.category.DefaultCategoryDataset() {
                    {
                        addValue(120, "customers", "Loyal");
                        addValue(80, "customers", "At risk");
                    }
                });
        BufferedImage image = ChartExport.image(chart, 300, 160);
        BufferedImage back = roundTrip(image, false);
        int differing = 0;
        for (int y = 0; y < 160; y++) {
            for (int x = 0; x < 300; x++) {
                if ((image.getRGB(x, y) >>> 24) == 255 && back.getRGB(x, y) != image.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).isZero();
    }

    /** Puts the picture on a page, saves and loads the PDF, and reads the picture back. */
    private static BufferedImage roundTrip(BufferedImage image, boolean pdfBoxEncoding) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject picture = pdfBoxEncoding ? LosslessFactory.createFromImage(doc, image)
                    : PdfImages.lossless(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(picture, 10, 10, image.getWidth(), image.getHeight());
            }
            doc.save(bytes);
        }
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            PDImageXObject read = (PDImageXObject) doc.getPage(0).getResources()
                    .getXObject(doc.getPage(0).getResources().getXObjectNames().iterator().next());
            return read.getImage();
        }
    }
}
