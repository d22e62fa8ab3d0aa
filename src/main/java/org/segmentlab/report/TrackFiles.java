package org.segmentlab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.features.rfm.Money;
import org.segmentlab.core.project.AtomicFiles;
import org.segmentlab.core.track.Drift;
import org.segmentlab.core.track.Migration;
import org.segmentlab.core.track.SegmentStability;
import org.segmentlab.core.track.Snapshot;
import org.segmentlab.core.track.TrackResult;

/**
 * Writes segments over time into a folder: {@code snapshots.csv} ({@code customer_id,as_of,segment}),
 * {@code migration.csv} ({@code from_as_of,to_as_of,from_segment,to_segment,customers,revenue}, the
 * non-empty cells), {@code drift.csv} ({@code from_as_of,to_as_of,measure,psi,reading}),
 * {@code stability.csv} ({@code segment,jaccard_mean,jaccard_sd,reading}) when there is a bootstrap,
 * and {@code summary.json}. PSI and Jaccard values are written in full precision, revenue in cents.
 * Text cells a spreadsheet would run as a formula are neutralised.
 */
public final class TrackFiles {

    public static final String SNAPSHOTS = "snapshots.csv";
    public static final String MIGRATION = "migration.csv";
    public static final String DRIFT = "drift.csv";
    public static final String STABILITY = "stability.csv";
    public static final String SUMMARY = "summary.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The files written, in the order above. */
    public List<Path> write(TrackResult result, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(csv(folder.resolve(SNAPSHOTS), "customer_id,as_of,segment", w -> {
            for (Snapshot s : result.snapshots()) {
                String day = s.asOf().toString();
                for (int i = 0; i < s.size(); i++) {
                    w.write(ActivationExport.cell(s.customerIds().get(i)));
                    w.write(',');
                    w.write(day);
                    w.write(',');
                    w.write(ActivationExport.cell(s.segments()[i]));
                    w.write('\n');
                }
            }
        }));
        written.add(csv(folder.resolve(MIGRATION), "from_as_of,to_as_of,from_segment,to_segment,customers,revenue", w -> {
            for (Migration m : result.migrations()) {
                for (Migration.Flow f : m.flows()) {
                    w.write(m.fromAsOf() + "," + m.toAsOf() + "," + ActivationExport.cell(f.from()) + ","
                            + ActivationExport.cell(f.to()) + "," + f.customers() + "," + Money.format(f.revenue()) + "\n");
                }
            }
        }));
        written.add(csv(folder.resolve(DRIFT), "from_as_of,to_as_of,measure,psi,reading", w -> {
            for (Drift d : result.drift()) {
                w.write(d.fromAsOf() + "," + d.toAsOf() + "," + ActivationExport.cell(d.measure()) + ","
                        + d.psi() + "," + d.reading().word() + "\n");
            }
        }));
        if (!result.stability().isEmpty()) {
            written.add(csv(folder.resolve(STABILITY), "segment,jaccard_mean,jaccard_sd,reading", w -> {
                for (SegmentStability s : result.stability()) {
                    w.write(ActivationExport.cell(s.name()) + "," + number(s.jaccardMean()) + "," + number(s.jaccardSd())
                            + "," + ActivationExport.cell(s.reading().words()) + "\n");
                }
            }));
        }
        Path summary = folder.resolve(SUMMARY);
        AtomicFiles.write(summary, JSON.writeValueAsBytes(summary(result)));
        written.add(summary);
        return written;
    }

    /** The content of {@code summary.json}: snapshot sizes, kept share per pair, ARI per snapshot, stability. */
    public static Map<String, Object> summary(TrackResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("segmentation", result.segmentation());
        List<Object> snapshots = new ArrayList<>();
        for (int s = 0; s < result.snapshots().size(); s++) {
            Snapshot snap = result.snapshots().get(s);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("as_of", snap.asOf().toString());
            o.put("customers", snap.size());
            o.put("segments", snap.sizes());
            if (!result.adjustedRand().isEmpty()) {
                o.put("adjusted_rand_saved_vs_refit", json(result.adjustedRand().get(s)));
            }
            snapshots.add(o);
        }
        root.put("snapshots", snapshots);
        List<Object> pairs = new ArrayList<>();
        for (int p = 0; p < result.migrations().size(); p++) {
            Migration m = result.migrations().get(p);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("from_as_of", m.fromAsOf().toString());
            o.put("to_as_of", m.toAsOf().toString());
            o.put("from_customers", m.fromCustomers());
            o.put("to_customers", m.toCustomers());
            o.put("kept", m.kept());
            o.put("kept_share", json(m.keptShare()));
            o.put("new", m.arrived());
            o.put("gone", m.gone());
            for (Drift d : result.driftOfPair(p)) {
                if (d.measure().equals(Drift.SEGMENT_SHARE)) {
                    o.put("segment_share_psi", json(d.psi()));
                    o.put("segment_share_reading", d.reading().word());
                }
            }
            pairs.add(o);
        }
        root.put("pairs", pairs);
        if (!result.stability().isEmpty()) {
            List<Object> stability = new ArrayList<>();
            for (SegmentStability s : result.stability()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("segment", s.name());
                o.put("customers", s.customers());
                o.put("jaccard_mean", json(s.jaccardMean()));
                o.put("jaccard_sd", json(s.jaccardSd()));
                o.put("reading", s.reading().words());
                stability.add(o);
            }
            root.put("stability", stability);
        }
        root.put("warnings", result.warnings());
        return root;
    }

    private static Double json(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static Path csv(Path file, String header, Body body) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write(header);
            w.write('\n');
            body.write(w);
            w.flush();
        });
        return file;
    }
}
