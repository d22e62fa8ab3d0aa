package org.segmentlab.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.sample.EmailCampaignSample;
import tech.tablesaw.api.Table;

/**
 * The email-campaign sample plants the e-mail's effect per segment (answers.csv): Lapsing +5.5 points,
 * Loyal +2.5, New +1, Deal seekers 0, Inbox fatigued −2.5. The readout and the uplift model must find it.
 */
class PlantedUpliftTest {

    private static final Map<String, Double> PLANTED = Map.of("Lapsing customers", 0.055, "Loyal regulars", 0.025,
            "New customers", 0.010, "Deal seekers", 0.0, "Inbox fatigued", -0.025);
    private static final List<String> BEHAVIOUR = List.of("recency_days", "orders_12m", "spend_12m",
            "email_opens_90d", "complaints_12m", "tenure_months");

    @TempDir
    static Path dir;

    private static Table table;

    @BeforeAll
    static void writeTheSample() throws Exception {
        new EmailCampaignSample().write(dir, 42, Progress.none());
        table = new TableImporter().read(ImportOptions.of(dir.resolve("campaign.csv")), Progress.none()).table();
    }

    @AfterAll
    static void letTheTableGo() {
        table = null;
    }

    private static CampaignColumns columns() {
        return CampaignColumns.of("group", "email", "holdout", "converted").withId("customer_id")
                .withSegment("segment");
    }

    private static Map<String, Double> meanUpliftBySegment(UpliftResult r, CampaignOutcomes outcomes) {
        Map<String, double[]> sums = new HashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            double[] s = sums.computeIfAbsent(outcomes.segments()[i], k -> new double[2]);
            s[0] += r.uplift()[i];
            s[1]++;
        }
        Map<String, Double> means = new HashMap<>();
        sums.forEach((k, v) -> means.put(k, v[0] / v[1]));
        return means;
    }

    @Test
    void readoutIntervalsSeparateTheHelpedTheUnmovedAndTheHurt() {
        CampaignTable.Read read = CampaignTable.read(table, columns().withRevenue("revenue"));
        CampaignReadout r = new CampaignReadouts().read(read.outcomes(), ReadoutParams.defaults(), Progress.none());
        Map<String, SegmentReadout> by = new HashMap<>();
        r.segments().forEach(s -> by.put(s.segment(), s));
        assertThat(by).containsOnlyKeys(PLANTED.keySet());
        // (a 95% interval misses its planted value now and then: with seed 42, Inbox fatigued's e-mailed
        // customers converted at 1.3% against the planted 2.5%, so only the signs are asserted)
        assertThat(by.get("Lapsing customers").difference().low()).isPositive();
        assertThat(by.get("Inbox fatigued").difference().high()).isNegative();
        assertThat(by.get("Deal seekers").difference().excludesZero()).isFalse();
        assertThat(r.sampleRatio().mismatch()).isFalse();
    }

    @Test
    void twoModelsWithTheSegmentRecoverEachPlantedEffect() {
        CampaignTable.Read read = CampaignTable.read(table, columns().withFeatures(List.of("segment")));
        UpliftResult r = new UpliftModeling().fit(read.features(), read.outcomes(),
                UpliftParams.defaults(ModelKind.LOGISTIC).withMethod(UpliftMethod.TWO_MODEL), Progress.none());
        Map<String, Double> means = meanUpliftBySegment(r, read.outcomes());
        // within 1.5 points: the training part's own sampling error is about 1 point per segment
        PLANTED.forEach((segment, planted) -> assertThat(means.get(segment)).as(segment)
                .isCloseTo(planted, within(0.015)));
        assertThat(means.get("Inbox fatigued")).isNegative();
    }

    @Test
    void fromBehaviourAloneTheModelRanksLapsingFirstAndFatiguedLast() {
        CampaignTable.Read read = CampaignTable.read(table, columns().withFeatures(BEHAVIOUR));
        UpliftResult r = new UpliftModeling().fit(read.features(), read.outcomes(),
                UpliftParams.defaults(ModelKind.LOGISTIC), Progress.none());
        Map<String, Double> means = meanUpliftBySegment(r, read.outcomes());
        String first = means.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String last = means.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(first).isEqualTo("Lapsing customers");
        assertThat(last).isEqualTo("Inbox fatigued");
        assertThat(means.get("Inbox fatigued")).isNegative();
        assertThat(r.test().qiniAreaAboveRandom()).isPositive();
        // the top decile of predicted uplift shows more uplift on the test part than the bottom one
        assertThat(r.test().deciles().get(0).observedUplift()).isGreaterThan(r.test().deciles().get(9)
                .observedUplift());
    }
}
