package org.segmentlab.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;

/**
 * A whole CLV run on the CDNOW sample against pandas and SciPy, written separately from the published
 * formulas ({@code src/test/resources/org/segmentlab/core/clv/cdnow_reference.py}; its output is copied
 * here): holdout counts, the model's expectations, the table by calibration frequency and single
 * customers' CLV over 365 days at 1% a month.
 */
class ClvCalculatorTest {

    private static final ClvOptions OPTIONS = ClvOptions.defaults().withAsOf(CdnowSample.CALIBRATION_END)
            .withHoldoutEnd(CdnowSample.HOLDOUT_END).withTimeUnit(TimeUnit.WEEK);

    @Test
    void cdnowHoldoutCheckMatchesAnIndependentComputation() throws Exception {
        ClvResult result = new ClvCalculator().compute(CdnowSample.log(), OPTIONS, Progress.none());
        HoldoutCheck holdout = result.holdout();

        assertThat(holdout.days()).isEqualTo(273);
        assertThat(holdout.actual()).isEqualTo(1882);
        assertThat(holdout.expected()).isCloseTo(1653.4086928095326, within(0.01));
        assertThat(holdout.mae()).isCloseTo(0.7854542374969685, within(1e-5));
        double[][] groups = {
            {1411, 0.23671155209071582, 0.22508732990776079}, {439, 0.6970387243735763, 0.5231311788501117},
            {214, 1.3925233644859814, 1.0441341186853619}, {100, 1.56, 1.5202795003380387},
            {62, 2.532258064516129, 2.1638657737910294}, {38, 2.9473684210526314, 2.6538458501357702},
            {29, 3.8620689655172415, 3.504042248117619}, {64, 6.359375, 6.157190404474964}};
        List<HoldoutCheck.FrequencyRow> rows = holdout.byFrequency();
        assertThat(rows).extracting(HoldoutCheck.FrequencyRow::label)
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7+");
        for (int g = 0; g < groups.length; g++) {
            assertThat(rows.get(g).customers()).isEqualTo((int) groups[g][0]);
            assertThat(rows.get(g).actual()).isCloseTo(groups[g][1], within(1e-12));
            assertThat(rows.get(g).expected()).isCloseTo(groups[g][2], within(1e-5));
        }
    }

    @Test
    void cdnowCustomerValuesMatchAnIndependentComputation() throws Exception {
        ClvResult result = new ClvCalculator().compute(CdnowSample.log(), OPTIONS, Progress.none());
        CustomerSummary summary = result.summary();
        CustomerValues values = result.values();
        assertThat(values.size()).isEqualTo(2357);
        // id, x, t_x, T, m, expected purchases in 365 days, expected spend, CLV
        Object[][] customers = {
            {"0001", 2, 30.428571428571427, 38.857142857142854, 22.345, 1.5621896942394125, 24.65391804139529,
                36.27705325650558},
            {"0002", 1, 1.7142857142857142, 38.857142857142854, 11.769999999999996, 0.2607218215847708,
                18.910016893328528, 4.641337503264687},
            {"1516", 26, 30.857142857142858, 31.0, 39.97, 25.809093845154482, 39.89028680222694, 972.1212994587142},
            {"2357", 0, 0.0, 27.0, 0.0, 0.33284887172291355, 35.17037025873955, 11.017962595780892}};
        for (Object[] c : customers) {
            int i = values.rowOf((String) c[0]).orElseThrow();
            assertThat(summary.customerId(i)).isEqualTo(c[0]);
            assertThat(summary.frequency(i)).isEqualTo(c[1]);
            assertThat(summary.recency(i)).isCloseTo((Double) c[2], within(1e-12));
            assertThat(summary.age(i)).isCloseTo((Double) c[3], within(1e-12));
            assertThat(summary.monetaryMean(i)).isCloseTo((Double) c[4], within(1e-9));
            assertThat(values.expectedPurchases(i)).isCloseTo((Double) c[5], within(2e-5 * (Double) c[5]));
            assertThat(values.expectedSpend(i)).isCloseTo((Double) c[6], within(2e-5 * (Double) c[6]));
            assertThat(values.clv(i)).isCloseTo((Double) c[7], within(5e-5 * (Double) c[7]));
        }
        assertThat(values.totalClv()).isCloseTo(71513.8889303612, within(5.0));
        assertThat(result.spendModel().frequencySpendCorrelation()).isBetween(-0.3, 0.3);
    }

    /**
     * retail-rfm's purchases push the BG/NBD fit to the edge (a and b in the billions): it cannot value its
     * customers, and says so and what to try; Pareto/NBD values every one of them.
     */
    @Test
    void aFitAtItsEdgeSaysItCannotValueTheCustomersAndParetoNbdDoes() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of("sample-projects/retail-rfm/transactions.csv");
        org.segmentlab.core.data.ImportedTable table = new org.segmentlab.core.data.TableImporter()
                .read(org.segmentlab.core.data.ImportOptions.of(file), Progress.none());
        org.segmentlab.core.features.rfm.TransactionLog log = org.segmentlab.core.features.rfm.TransactionLog.from(
                table, org.segmentlab.core.features.rfm.TransactionColumns.detect(), Progress.none());
        ClvResult bg = new ClvCalculator().compute(log, ClvOptions.defaults(), Progress.none());
        assertThat(bg.warnings()).anyMatch(w -> w.startsWith("The BG/NBD fit cannot value")
                && w.contains("Pareto/NBD"));
        ClvOptions d = ClvOptions.defaults();
        ClvResult pareto = new ClvCalculator().compute(log, new ClvOptions(d.asOf(), d.holdoutEnd(), d.timeUnit(),
                PurchaseModelKind.PARETO_NBD, d.penalizer(), d.horizonDays(), d.discountMonthly(), d.margin()),
                Progress.none());
        assertThat(pareto.warnings()).noneMatch(w -> w.contains("cannot value"));
        for (int i = 0; i < pareto.values().size(); i++) {
            assertThat(pareto.values().clv(i)).isFinite().isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void withoutDiscountClvIsMarginTimesSpendTimesExpectedPurchases() throws Exception {
        ClvOptions flat = OPTIONS.withDiscountMonthly(0).withHorizonDays(273).withMargin(0.3);
        ClvResult result = new ClvCalculator().compute(CdnowSample.log(), flat, Progress.none());
        CustomerValues v = result.values();
        int i = v.rowOf("0001").orElseThrow();
        assertThat(v.clv(i)).isCloseTo(0.3 * v.expectedSpend(i) * v.expectedPurchases(i), within(1e-9));
        // The published example: 1.226 purchases in the 39 weeks after 1997-09-30.
        assertThat(v.expectedPurchases(i)).isCloseTo(1.226, within(0.0005));
    }

    @Test
    void trackingSeriesEndsAtTheHoldoutTotals() throws Exception {
        ClvResult result = new ClvCalculator().compute(CdnowSample.log(), OPTIONS, Progress.none());
        List<HoldoutCheck.TrackingPoint> tracking = result.holdout().tracking();
        HoldoutCheck.TrackingPoint last = tracking.get(tracking.size() - 1);
        assertThat(last.day()).isEqualTo(CdnowSample.HOLDOUT_END);
        CustomerSummary s = result.summary();
        long calibrationRepeats = 0;
        for (int i = 0; i < s.size(); i++) {
            calibrationRepeats += s.frequency(i);
        }
        assertThat(last.actual()).isEqualTo(calibrationRepeats + 1882);
        for (int k = 1; k < tracking.size(); k++) {
            assertThat(tracking.get(k).actual()).isGreaterThanOrEqualTo(tracking.get(k - 1).actual());
            assertThat(tracking.get(k).expected()).isGreaterThanOrEqualTo(tracking.get(k - 1).expected());
        }
        // The model tracks the cumulative curve closely over 78 weeks (FHL 2005, figure 3).
        assertThat(last.expected() / last.actual()).isBetween(0.9, 1.1);
    }

    @Test
    void cancellingStopsTheRun() throws Exception {
        AtomicInteger updates = new AtomicInteger();
        Progress cancelAfterSummary = new Progress() {
            @Override
            public void update(double fraction, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() > 3;
            }
        };
        assertThatThrownBy(() -> new ClvCalculator().compute(CdnowSample.log(), OPTIONS, cancelAfterSummary))
                .isInstanceOf(CancelledException.class);
    }
}
