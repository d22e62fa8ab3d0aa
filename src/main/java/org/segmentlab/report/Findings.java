package org.segmentlab.report;

import java.util.List;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.segment.rfm.RfmSegmentation;

/**
 * What one kind of segmentation (RFM or a kept clustering) found, before the model and the
 * prioritisation are added: the part of the report that depends on how the segments were made.
 *
 * @param customerIds   every segmented customer
 * @param segmentOf     the segment id of each customer
 * @param measures      names of the per-customer columns of the activation export
 * @param values        {@code values[customer][measure]}
 * @param files         the data files read, with their fingerprints
 * @param settings      reproducibility lines, "name: value"
 * @param valueName     the value measure in words ("spend", "Spending Score (1-100)")
 */
record Findings(ReportModel.Kind kind, String question, List<ReportModel.Fact> facts, String dataLine,
                String method, ReportModel.ValueMatrix matrix, List<ReportModel.SegmentEntry> segments,
                ReportModel.Sweep sweep, List<String> qualityNotes, List<ReportModel.FileHash> files,
                List<String> settings, List<String> customerIds, int[] segmentOf, List<String> measures,
                double[][] values, String valueName, RfmSegmentation rfm, List<DataSourceRef> sourcesRead) {
}
