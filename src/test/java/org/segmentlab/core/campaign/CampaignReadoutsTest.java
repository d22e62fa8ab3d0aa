package org.segmentlab.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.testing.SharedDatasets;

/**
 * The readout of a hand-made file (hand_readout.csv: 43 rows, two arms 'mail' and 'holdout', a
 * 'pilot' arm of 2 rows to leave out, one customer without a tier) against values computed with scipy
 * by hand_readout_reference.py next to it; and the Hillstrom rates published with the data.
 */
class CampaignReadoutsTest {

    private static ImportedTable read(Path file) throws DataFileException {
        return new TableImporter().read(ImportOptions.of(file), Progress.none());
    }

    private static Path hand() throws URISyntaxException {
        return Path.of(CampaignReadoutsTest.class.getResource("hand_readout.csv").toURI());
    }

    private static CampaignColumns handColumns() {
        return CampaignColumns.of("arm", "mail", "holdout", "bought").withRevenue("spend").withSegment("tier")
                .withId("customer_id");
    }

    @Test
    void handMadeFileReadsOutAsScipyComputesIt() throws Exception {
        CampaignTable.Read read = CampaignTable.read(read(hand()).table(), handColumns());
        assertThat(read.notes()).containsExactly("2 rows whose 'arm' is neither 'mail' nor 'holdout' were left out");
        CampaignReadout r = new CampaignReadouts().read(read.outcomes(), ReadoutParams.defaults(), Progress.none());

        assertThat(r.rows()).extracting(SegmentReadout::segment).containsExactly("All", "Gold", "Silver");
        assertThat(r.customersWithoutSegment()).isEqualTo(1);
        assertThat(r.warnings()).contains("1 customer has no segment: it counts in All only");

        SegmentReadout all = r.overall();
        assertThat(all.treated()).isEqualTo(23);
        assertThat(all.control()).isEqualTo(18);
        assertThat(all.difference().estimate()).isCloseTo(0.15700483091787437, within(1e-12));
        assertThat(all.difference().low()).isCloseTo(-0.13484588409407783, within(1e-9));
        assertThat(all.difference().high()).isCloseTo(0.40638736445132784, within(1e-9));
        assertThat(all.relativeLift()).isCloseTo(0.5652173913043477, within(1e-12));
        assertThat(all.incrementalConversions()).isCloseTo(3.6111111111111107, within(1e-9));
        assertThat(all.pValue()).isCloseTo(0.3002989028677333, within(1e-9));
        assertThat(all.pValueHolm()).isEqualTo(all.pValue());
        assertThat(all.revenueDifference().estimate()).isCloseTo(4.858260869565218, within(1e-9));
        assertThat(all.revenueDifference().low()).isCloseTo(-6.8700160353828945, within(1e-6));
        assertThat(all.revenueDifference().high()).isCloseTo(16.58653777451333, within(1e-6));

        SegmentReadout gold = r.rows().get(1);
        assertThat(gold.treated()).isEqualTo(10);
        assertThat(gold.control()).isEqualTo(8);
        assertThat(gold.difference().low()).isCloseTo(-0.09570123960943544, within(1e-9));
        assertThat(gold.difference().high()).isCloseTo(0.6425919189156053, within(1e-9));
        assertThat(gold.pValue()).isCloseTo(0.13756389390990323, within(1e-9));
        assertThat(gold.pValueHolm()).isCloseTo(0.27512778781980646, within(1e-9));
        assertThat(gold.revenueDifference().low()).isCloseTo(-14.464247826806567, within(1e-6));
        assertThat(gold.revenueDifference().high()).isCloseTo(33.51224782680657, within(1e-6));

        SegmentReadout silver = r.rows().get(2);
        assertThat(silver.difference().estimate()).isCloseTo(-0.05, within(1e-12));
        assertThat(silver.difference().low()).isCloseTo(-0.3933413433258301, within(1e-9));
        assertThat(silver.difference().high()).isCloseTo(0.29152671786732703, within(1e-9));
        assertThat(silver.relativeLift()).isCloseTo(-1.0 / 6, within(1e-12));
        assertThat(silver.pValueHolm()).isCloseTo(0.7931655480760977, within(1e-9));
        assertThat(silver.revenueDifference().estimate()).isCloseTo(-2.2125, within(1e-9));
    }

    @Test
    void aGroupValueNotInTheFileNamesTheColumn() throws Exception {
        CampaignColumns wrong = CampaignColumns.of("arm", "email", "holdout", "bought");
        assertThatThrownBy(() -> CampaignTable.read(read(hand()).table(), wrong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("group column 'arm' has no value 'email' (its values: holdout, mail, pilot)");
    }

    @Test
    void segmentsJoinedByIdCountTheCustomersNotFound() throws Exception {
        CampaignTable.Read read = CampaignTable.read(read(hand()).table(),
                CampaignColumns.of("arm", "mail", "holdout", "bought").withId("customer_id"));
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < read.outcomes().size(); i++) {
            map.put(read.outcomes().customerIds().get(i), i % 2 == 0 ? "even" : "odd");
        }
        map.remove(read.outcomes().customerIds().get(0));
        map.remove(read.outcomes().customerIds().get(1));
        CampaignOutcomes joined = new SegmentAssignments(map, "segment_name").joinTo(read.outcomes());
        CampaignReadout r = new CampaignReadouts().read(joined, ReadoutParams.defaults(), Progress.none());
        assertThat(r.customersWithoutSegment()).isEqualTo(2);
        assertThat(r.segments()).extracting(s -> s.treated() + s.control()).containsExactly(20, 19);
    }

    @Test
    void hillstromMensEmailAgainstNoEmailHasThePublishedRates() throws Exception {
        Path file = SharedDatasets.require("hillstrom/hillstrom.csv");
        CampaignColumns columns = CampaignColumns.of("segment", "Mens E-Mail", "No E-Mail", "conversion")
                .withRevenue("spend").withSegment("history_segment");
        CampaignTable.Read read = CampaignTable.read(read(file).table(), columns);
        CampaignReadout r = new CampaignReadouts().read(read.outcomes(), ReadoutParams.defaults(), Progress.none());
        SegmentReadout all = r.overall();
        assertThat(all.treated()).isEqualTo(21_307);
        assertThat(all.control()).isEqualTo(21_306);
        // SOURCE.md: conversion 1.25% / 0.57%, spend $1.42 / $0.65 (Mens / No E-Mail)
        assertThat(all.rateTreated()).isCloseTo(0.0125, within(0.00005));
        assertThat(all.rateControl()).isCloseTo(0.0057, within(0.00005));
        assertThat(all.revenueDifference().estimate()).isCloseTo(1.42 - 0.65, within(0.01));
        assertThat(all.difference().excludesZero()).isTrue();
        assertThat(r.sampleRatio().mismatch()).isFalse();
        assertThat(r.segments()).hasSize(7);
        assertThat(r.segments().stream().mapToInt(s -> s.treated() + s.control()).sum()).isEqualTo(42_613);
        assertThat(ReadoutReading.overall(r, "The e-mail"))
                .isEqualTo("The e-mail lifted conversion by 0.68 points (0.50 to 0.86) overall.");
        // Holm-adjusted p below 0.05 in six bands; $1,000+ (464 and 416 customers) spans zero
        assertThat(ReadoutReading.bySegment(r)).startsWith("The lift is clear in 6 of 7 segments")
                .endsWith("No clear effect in 7) $1,000 +.");
    }
}
