package org.segmentlab.ui.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bundled libraries and their licences, read from {@code libraries.tsv} beside this class:
 * one library a line, tab-separated artifactIds (space-separated), name, licence and website.
 */
public final class Libraries {

    static final String RESOURCE = "libraries.tsv";

    private Libraries() {
    }

    public static List<Library> bundled() {
        try (InputStream in = Libraries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Library> parse(BufferedReader reader) throws IOException {
        List<Library> libraries = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected 4 tab-separated fields, found "
                        + fields.length);
            }
            libraries.add(new Library(Arrays.asList(fields[0].trim().split("\\s+")), fields[1].trim(),
                    fields[2].trim(), fields[3].trim()));
        }
        return libraries;
    }
}
