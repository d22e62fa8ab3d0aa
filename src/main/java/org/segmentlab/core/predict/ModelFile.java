package org.segmentlab.core.predict;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Model files ({@code .slm}): a zip holding {@code header.json} (a {@link ModelHeader}, readable
 * by people and other tools) and {@code model.bin} (the {@link TrainedModel} in Java serialised
 * form: preparation, feature list, label coding and the fitted model), and in newer files
 * {@code meta.bin}, the header and training profile in the same form, which a model is loaded from
 * without starting a JSON reader (files without it are read from their JSON). Reading accepts only
 * SegmentLab, Smile and JDK classes, but a model file is still code-like: load only files you trust.
 */
public final class ModelFile {

    public static final String EXTENSION = ".slm";
    private static final String HEADER = "header.json";
    private static final String MODEL = "model.bin";
    private static final String PROFILE = "profile.json";
    private static final String META = "meta.bin";
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;java.lang.*;java.util.*;java.time.*;java.math.*;smile.**;org.segmentlab.core.**;!*");

    private ModelFile() {
    }

    /** The JSON reader, made on first use: only a file without {@code meta.bin} needs it ({@link ModelFileJson} writes). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Writes the model file atomically: a temporary file in the same folder, then a move. */
    public static void save(Path file, ModelHeader header, TrainedModel model) throws IOException {
        save(file, header, model, null);
    }

    /**
     * Writes the model file with the profile of its training data ({@code profile.json}), which
     * scoring compares new data with. Files without it (older ones) still load.
     */
    public static void save(Path file, ModelHeader header, TrainedModel model, TrainingProfile profile)
            throws IOException {
        AtomicFile.write(file, raw -> {
            ZipOutputStream zip = new ZipOutputStream(raw);
            zip.putNextEntry(new ZipEntry(HEADER));
            zip.write(ModelFileJson.header(header));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(MODEL));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(model);
            }
            bytes.writeTo(zip);
            zip.closeEntry();
            if (profile != null) {
                zip.putNextEntry(new ZipEntry(PROFILE));
                zip.write(ModelFileJson.profile(profile));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(META));
            ByteArrayOutputStream meta = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(meta)) {
                out.writeObject(header);
                out.writeObject(profile);
            }
            meta.writeTo(zip);
            zip.closeEntry();
            zip.finish();
        });
    }

    /**
     * Reads a model file.
     *
     * @throws IOException with a one-line message naming the file when it is not a readable model
     */
    public static SavedModel load(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new IOException(name + ": no such model file");
        }
        byte[] header = null;
        byte[] model = null;
        byte[] profile = null;
        byte[] meta = null;
        try (InputStream raw = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(HEADER)) {
                    header = zip.readAllBytes();
                } else if (e.getName().equals(MODEL)) {
                    model = zip.readAllBytes();
                } else if (e.getName().equals(PROFILE)) {
                    profile = zip.readAllBytes();
                } else if (e.getName().equals(META)) {
                    meta = zip.readAllBytes();
                }
            }
        } catch (ZipException e) {
            throw new IOException(name + ": not a SegmentLab model file (" + e.getMessage() + ")", e);
        }
        if (header == null || model == null) {
            throw new IOException(name + ": not a SegmentLab model file (no " + (header == null ? HEADER : MODEL) + ")");
        }
        ModelHeader h = null;
        TrainingProfile p = null;
        boolean fromMeta = false;
        if (meta != null) {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(meta))) {
                in.setObjectInputFilter(CLASSES);
                Object readHeader = in.readObject();
                Object readProfile = in.readObject();
                if (readHeader instanceof ModelHeader && (readProfile == null || readProfile instanceof TrainingProfile)) {
                    h = (ModelHeader) readHeader;
                    p = (TrainingProfile) readProfile;
                    fromMeta = true;
                }
            } catch (IOException | ClassNotFoundException e) {
                // a layout this version does not know: the JSON beside it is read instead
            }
        }
        if (!fromMeta) {
            try {
                h = Json.MAPPER.readValue(header, ModelHeader.class);
            } catch (IOException e) {
                throw new IOException(name + ": the model header cannot be read (" + e.getMessage() + ")", e);
            }
        }
        if (h.formatVersion() > ModelHeader.FORMAT_VERSION) {
            throw new IOException(name + ": model file format " + h.formatVersion() + " is newer than this SegmentLab ("
                    + ModelHeader.FORMAT_VERSION + "); update SegmentLab");
        }
        if (!fromMeta && profile != null) {
            try {
                p = Json.MAPPER.readValue(profile, TrainingProfile.class);
            } catch (IOException e) {
                throw new IOException(name + ": the training profile cannot be read (" + e.getMessage() + ")", e);
            }
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(model))) {
            in.setObjectInputFilter(CLASSES);
            Object read = in.readObject();
            if (!(read instanceof TrainedModel)) {
                throw new IOException(name + ": the model part holds a " + read.getClass().getName());
            }
            return new SavedModel(h, (TrainedModel) read, p);
        } catch (InvalidClassException e) {
            if (e.getMessage() != null && e.getMessage().contains("REJECTED")) {
                throw new IOException(name + ": the model part holds classes a model never has; not loaded", e);
            }
            throw new IOException(name + ": the model was saved by an incompatible version (" + e.getMessage() + ")", e);
        } catch (ClassNotFoundException e) {
            throw new IOException(name + ": the model needs a class this SegmentLab lacks (" + e.getMessage() + ")", e);
        }
    }
}
