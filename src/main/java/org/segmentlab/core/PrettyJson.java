package org.segmentlab.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;

/**
 * JSON text written with Jackson's streaming generator and its default pretty printer: the layout
 * Jackson's object mapper gives with {@code INDENT_OUTPUT}, without the mapper's set-up (several
 * hundred classes, ~0.1 s of a command's start). For the files commands write as they finish
 * ({@code metrics.json}, {@code params.json}, a model file's JSON parts).
 */
public final class PrettyJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** What writes one JSON value. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private PrettyJson() {
    }

    /** Writes the field {@code name}: an array of {@code values}. */
    public static void strings(JsonGenerator g, String name, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** The text {@code body} writes. */
    public static String text(Body body) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            body.write(g);
        }
        return text.toString();
    }
}
