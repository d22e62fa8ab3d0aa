package org.segmentlab.core.segment.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.rfm.RfmCalculator;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.testing.SharedDatasets;

class OnlineRetailSegmentsTest {

    /**
     * The standard map on UCI Online Retail. The counts are those of pandas 1.5.3 on the same file
     * with the same cleaning, scores and R×F rules (see OnlineRetailRfmTest for the recipe).
     */
    @Test
    void theStandardSegmentsOfOnlineRetailMatchPandasAndAddUpToEveryCustomer() throws Exception {
        Path file = SharedDatasets.require("online-retail/online_retail_combined.csv");
        TransactionLog log = TransactionLog.from(new TableImporter().read(ImportOptions.of(file), Progress.none()),
                TransactionColumns.detect(), Progress.none());
        RfmResult rfm = new RfmCalculator().compute(log, RfmOptions.defaults(), Progress.none());

        RfmSegmentation segmentation = new RfmSegmenter().segment(rfm, SegmentMap.standard());

        Map<String, Integer> counts = new LinkedHashMap<>();
        segmentation.summaries().forEach(s -> counts.put(s.name(), s.customers()));
        Map<String, Integer> pandas = new LinkedHashMap<>();
        pandas.put("Champions", 577);
        pandas.put("Loyal Customers", 708);
        pandas.put("Potential Loyalists", 474);
        pandas.put("New Customers", 63);
        pandas.put("Promising", 167);
        pandas.put("Need Attention", 116);
        pandas.put("About To Sleep", 475);
        pandas.put("Can't Lose Them", 37);
        pandas.put("At Risk", 372);
        pandas.put("Hibernating", 1349);
        assertThat(counts).containsExactlyEntriesOf(pandas);
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4338);
        assertThat(segmentation.summaries().stream().mapToDouble(SegmentSummary::revenuePercent).sum())
                .isCloseTo(100.0, within(1e-9));
        assertThat(segmentation.grid().cells().stream().mapToInt(RfmGridCell::customers).sum()).isEqualTo(4338);

        RfmSegmentation fourBins = new RfmSegmenter().segment(
                new RfmCalculator().compute(log, RfmOptions.defaults().withBins(4), Progress.none()),
                SegmentMap.standard());
        assertThat(fourBins.summaries()).last()
                .satisfies(s -> assertThat(s.name()).isEqualTo("Others"))
                .satisfies(s -> assertThat(s.customers()).isEqualTo(4338));
        assertThat(fourBins.summaries()).hasSize(11);
        assertThat(fourBins.warnings()).hasSize(1);
    }
}
