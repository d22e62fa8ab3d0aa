package org.segmentlab.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A chart's picture as a PDF image, without loss: its RGB samples (and its alpha, when any pixel is not
 * opaque, as a soft mask) compressed with Flate at its fastest setting. PDFBox's own lossless factory
 * tries every PNG predictor on every row to squeeze a little more; for the flat colours of a chart that
 * costs most of the time of laying out a report (the Report step does it on every change) for a file a
 * little smaller.
 */
final class PdfImages {

    private PdfImages() {
    }

    static PDImageXObject lossless(PDDocument doc, BufferedImage image) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = pixels(image);
        byte[] rgb = new byte[argb.length * 3];
        byte[] alpha = null;
        for (int i = 0, j = 0; i < argb.length; i++, j += 3) {
            int p = argb[i];
            rgb[j] = (byte) (p >>> 16);
            rgb[j + 1] = (byte) (p >>> 8);
            rgb[j + 2] = (byte) p;
            int a = p >>> 24;
            if (a != 0xFF && alpha == null) {
                alpha = new byte[argb.length];
                java.util.Arrays.fill(alpha, 0, i, (byte) 0xFF);
            }
            if (alpha != null) {
                alpha[i] = (byte) a;
            }
        }
        PDImageXObject picture = new PDImageXObject(doc, new ByteArrayInputStream(deflate(rgb)),
                COSName.FLATE_DECODE, width, height, 8, PDDeviceRGB.INSTANCE);
        if (alpha != null) {
            PDImageXObject mask = new PDImageXObject(doc, new ByteArrayInputStream(deflate(alpha)),
                    COSName.FLATE_DECODE, width, height, 8, PDDeviceGray.INSTANCE);
            picture.getCOSObject().setItem(COSName.SMASK, mask);
        }
        return picture;
    }

    /** The image's pixels as (non-premultiplied) ARGB, read straight from its buffer when it is one. */
    private static int[] pixels(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && ints.getNumBanks() == 1 && image.getRaster().getParent() == null) {
            int[] data = ints.getData();
            if (data.length == image.getWidth() * image.getHeight()) {
                return data;
            }
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 8));
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
