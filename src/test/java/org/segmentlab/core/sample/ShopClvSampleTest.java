package org.segmentlab.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.clv.ClvCalculator;
import org.segmentlab.core.clv.ClvOptions;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.FittedPurchaseModel;
import org.segmentlab.core.clv.TimeUnit;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;

/** The committed shop-clv orders, read as a user would, give back the planted parameters. */
class ShopClvSampleTest {

    private static final Path ORDERS = CommittedSamplesTest.COMMITTED.resolve("shop-clv/transactions.csv");

    private static ClvResult fit(ClvOptions options) throws Exception {
        TransactionLog log = TransactionLog.from(new TableImporter().read(ImportOptions.of(ORDERS), Progress.none()),
                TransactionColumns.detect(), Progress.none());
        return new ClvCalculator().compute(log, options, Progress.none());
    }

    @Test
    void theFitOnTwoYearsFindsThePlantedParametersWithinTwoAndAHalfStandardErrors() throws Exception {
        ClvResult result = fit(ClvOptions.defaults().withAsOf(ShopClvSample.LAST_DAY).withTimeUnit(TimeUnit.WEEK));
        assertThat(result.summary().size()).isEqualTo(ShopClvSample.CUSTOMERS);
        FittedPurchaseModel m = result.purchaseModel();
        double[] fitted = m.parameters();
        double[] se = m.standardErrors();
        for (int i = 0; i < 4; i++) {
            assertThat(Math.abs(fitted[i] - ShopClvSample.PURCHASE[i])).as("parameter %d", i)
                    .isLessThan(2.5 * se[i]);
        }
        double[] spend = {result.spendModel().p(), result.spendModel().q(), result.spendModel().gamma()};
        double[] spendSe = result.spendModel().standardErrors();
        for (int i = 0; i < 3; i++) {
            assertThat(Math.abs(spend[i] - ShopClvSample.SPEND[i])).as("spend parameter %d", i)
                    .isLessThan(2.5 * spendSe[i]);
        }
        assertThat(String.join(" ", result.warnings())).contains("cancellation or return lines were left out");
    }

    @Test
    void theHoldoutCheckExpectsTheSecondHalfOf2024WithinFivePercent() throws Exception {
        ClvResult result = fit(ClvOptions.defaults().withAsOf(ShopClvSample.CALIBRATION_END)
                .withHoldoutEnd(ShopClvSample.LAST_DAY).withTimeUnit(TimeUnit.WEEK));
        assertThat(result.holdout().expected() / result.holdout().actual()).isBetween(0.95, 1.05);
    }
}
