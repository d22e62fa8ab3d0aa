package org.segmentlab.core.predict;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.segmentlab.core.PrettyJson;

/**
 * {@code header.json} and {@code profile.json} of a model file, written through {@link PrettyJson}:
 * the bytes the object mapper (records by their components, {@code INDENT_OUTPUT})
 * gives, which {@link ModelFile#load} still reads with the mapper. The mapper's set-up, some 380
 * classes, cost {@code train} about 0.14 s. {@code ModelFileJsonTest} compares both with the
 * mapper's output, so a component added to a record without a line here fails it.
 */
final class ModelFileJson {

    private ModelFileJson() {
    }

    static byte[] header(ModelHeader h) throws IOException {
        return PrettyJson.text(g -> {
            g.writeStartObject();
            g.writeNumberField("formatVersion", h.formatVersion());
            g.writeStringField("segmentlabVersion", h.segmentlabVersion());
            g.writeStringField("createdAt", h.createdAt());
            g.writeStringField("model", h.model());
            g.writeFieldName("params");
            params(g, h.params());
            g.writeStringField("idColumn", h.idColumn());
            g.writeStringField("labelColumn", h.labelColumn());
            g.writeStringField("positiveValue", h.positiveValue());
            PrettyJson.strings(g, "numericFeatures", h.numericFeatures());
            PrettyJson.strings(g, "categoricalFeatures", h.categoricalFeatures());
            PrettyJson.strings(g, "encodedColumns", h.encodedColumns());
            g.writeNumberField("seed", h.seed());
            g.writeStringField("split", h.split());
            g.writeStringField("rebalancing", h.rebalancing());
            g.writeNumberField("threshold", h.threshold());
            g.writeNumberField("trainRows", h.trainRows());
            g.writeNumberField("testRows", h.testRows());
            numbers(g, "metrics", h.metrics());
            g.writeEndObject();
        }).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] profile(TrainingProfile p) throws IOException {
        return PrettyJson.text(g -> {
            g.writeStartObject();
            g.writeNumberField("rows", p.rows());
            g.writeArrayFieldStart("numeric");
            for (TrainingProfile.NumericFeature f : p.numeric()) {
                g.writeStartObject();
                g.writeStringField("name", f.name());
                doubles(g, "edges", f.edges());
                doubles(g, "shares", f.shares());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("categorical");
            for (TrainingProfile.CategoricalFeature f : p.categorical()) {
                g.writeStartObject();
                g.writeStringField("name", f.name());
                numbers(g, "shares", f.shares());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }).getBytes(StandardCharsets.UTF_8);
    }

    private static void params(JsonGenerator g, ModelParams p) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", p.kind().name());
        g.writeNumberField("lambda", p.lambda());
        g.writeNumberField("trees", p.trees());
        g.writeNumberField("maxDepth", p.maxDepth());
        g.writeNumberField("maxNodes", p.maxNodes());
        g.writeNumberField("nodeSize", p.nodeSize());
        g.writeNumberField("shrinkage", p.shrinkage());
        g.writeNumberField("subsample", p.subsample());
        g.writeNumberField("mtry", p.mtry());
        g.writeEndObject();
    }

    private static void doubles(JsonGenerator g, String name, double[] values) throws IOException {
        if (values == null) {
            g.writeNullField(name);
            return;
        }
        g.writeFieldName(name);
        g.writeArray(values, 0, values.length);
    }

    private static void numbers(JsonGenerator g, String name, Map<String, Double> values) throws IOException {
        if (values == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getValue() == null) {
                g.writeNullField(e.getKey());
            } else {
                g.writeNumberField(e.getKey(), e.getValue());
            }
        }
        g.writeEndObject();
    }
}
