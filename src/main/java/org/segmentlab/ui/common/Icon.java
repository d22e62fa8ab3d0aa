package org.segmentlab.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import javafx.scene.layout.Region;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/** The workbench's icons: outlines from icons.properties, coloured by the stylesheet. */
public enum Icon {
    NEW, OPEN, SAVE, IMPORT, EXPORT, DATA, CUSTOMERS, SEGMENTS, PREDICT, VALUE, TRACK, CAMPAIGN, REPORT, FILE, TABLE,
    DATABASE,
    CANCEL, WARNING,
    LOGO;

    private static final Properties OUTLINES = load();

    /** A square node of the given size; its colour comes from the {@code sl-icon} style class. */
    public Region node(double size) {
        SVGPath outline = new SVGPath();
        outline.setContent(outline());
        outline.setFillRule(FillRule.EVEN_ODD);
        Region icon = new Region();
        icon.setShape(outline);
        icon.setScaleShape(true);
        icon.setMinSize(size, size);
        icon.setPrefSize(size, size);
        icon.setMaxSize(size, size);
        icon.getStyleClass().addAll(Css.ICON, "sl-icon-" + name().toLowerCase(Locale.ROOT));
        return icon;
    }

    public String outline() {
        String path = OUTLINES.getProperty(name().toLowerCase(Locale.ROOT));
        if (path == null) {
            throw new IllegalStateException("icons.properties has no outline for " + this);
        }
        return path;
    }

    private static Properties load() {
        Properties outlines = new Properties();
        try (InputStream in = Icon.class.getResourceAsStream("/org/segmentlab/ui/icons.properties")) {
            if (in == null) {
                throw new IllegalStateException("icons.properties is missing from the class path");
            }
            outlines.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outlines;
    }
}
