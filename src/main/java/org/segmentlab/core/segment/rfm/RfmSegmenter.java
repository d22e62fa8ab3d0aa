package org.segmentlab.core.segment.rfm;

import java.util.ArrayList;
import java.util.List;
import org.segmentlab.core.features.rfm.RfmResult;

/**
 * Puts every customer of an RFM result in a segment of a map. It reads only the scores, so a new
 * map is applied in one pass over the customers: a table from (R, F, M) to segment is built
 * first (at most 10³ entries), then each customer is a lookup.
 */
public final class RfmSegmenter {

    public RfmSegmentation segment(RfmResult rfm, SegmentMap map) {
        int bins = rfm.bins();
        int n = rfm.size();
        List<String> warnings = new ArrayList<>();
        boolean applies = map.appliesTo(bins);
        if (!applies) {
            warnings.add("The segment map is for " + map.bins() + " bins but the scores have " + bins
                    + " bins, so every customer is shown as " + SegmentMap.OTHERS
                    + " until a segment map for " + bins + " bins is set.");
        }
        byte[] table = new byte[bins * bins * bins];
        if (applies) {
            for (int r = 1; r <= bins; r++) {
                for (int f = 1; f <= bins; f++) {
                    for (int m = 1; m <= bins; m++) {
                        table[index(r, f, m, bins)] = (byte) map.segmentIdOf(r, f, m);
                    }
                }
            }
        }

        int segments = map.segmentCount();
        byte[] ids = new byte[n];
        int[] count = new int[segments];
        double[] revenue = new double[segments];
        double[] recencySum = new double[segments];
        double[] frequencySum = new double[segments];
        int[] gridCount = new int[bins * bins];
        double[] gridMonetary = new double[bins * bins];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int r = rfm.rScore(i);
            int f = rfm.fScore(i);
            int id = table[index(r, f, rfm.mScore(i), bins)];
            ids[i] = (byte) id;
            double monetary = rfm.monetary(i);
            count[id]++;
            revenue[id] += monetary;
            recencySum[id] += rfm.recencyDays(i);
            frequencySum[id] += rfm.frequency(i);
            total += monetary;
            int square = (r - 1) * bins + (f - 1);
            gridCount[square]++;
            gridMonetary[square] += monetary;
        }

        List<SegmentSummary> summaries = new ArrayList<>();
        for (int id = 1; id < segments; id++) {
            summaries.add(summary(map, id, count, revenue, recencySum, frequencySum, n, total));
        }
        if (count[SegmentMap.OTHERS_ID] > 0) {
            summaries.add(summary(map, SegmentMap.OTHERS_ID, count, revenue, recencySum, frequencySum, n, total));
        }

        List<RfmGridCell> cells = new ArrayList<>(bins * bins);
        for (int r = 1; r <= bins; r++) {
            for (int f = 1; f <= bins; f++) {
                int square = (r - 1) * bins + (f - 1);
                int c = gridCount[square];
                cells.add(new RfmGridCell(r, f, c, c == 0 ? Double.NaN : gridMonetary[square] / c,
                        squareSegmentId(table, r, f, bins), squareSegment(table, map, r, f, bins)));
            }
        }
        return new RfmSegmentation(rfm, map, ids, summaries, new RfmGrid(bins, cells), warnings);
    }

    private static SegmentSummary summary(SegmentMap map, int id, int[] count, double[] revenue,
                                          double[] recencySum, double[] frequencySum, int n, double total) {
        int c = count[id];
        return new SegmentSummary(id, map.nameOf(id), c, n == 0 ? 0 : 100.0 * c / n, revenue[id],
                total == 0 ? 0 : 100.0 * revenue[id] / total,
                c == 0 ? Double.NaN : recencySum[id] / c,
                c == 0 ? Double.NaN : frequencySum[id] / c,
                c == 0 ? Double.NaN : revenue[id] / c,
                map.actionOf(id));
    }

    private static int squareSegmentId(byte[] table, int r, int f, int bins) {
        int id = table[index(r, f, 1, bins)];
        for (int m = 2; m <= bins; m++) {
            if (table[index(r, f, m, bins)] != id) {
                return RfmGridCell.MIXED;
            }
        }
        return id;
    }

    /** The segments of one (R, F) square, in map order with Others last. */
    private static String squareSegment(byte[] table, SegmentMap map, int r, int f, int bins) {
        boolean[] present = new boolean[map.segmentCount()];
        for (int m = 1; m <= bins; m++) {
            present[table[index(r, f, m, bins)]] = true;
        }
        List<String> names = new ArrayList<>();
        for (int id = 1; id < present.length; id++) {
            if (present[id]) {
                names.add(map.nameOf(id));
            }
        }
        if (present[SegmentMap.OTHERS_ID]) {
            names.add(SegmentMap.OTHERS);
        }
        return String.join(" / ", names);
    }

    private static int index(int r, int f, int m, int bins) {
        return ((r - 1) * bins + (f - 1)) * bins + (m - 1);
    }
}
