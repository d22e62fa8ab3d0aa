package org.segmentlab.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;

/**
 * The supervised comparison on the shop-clv sample (two years of purchases from a BG/NBD and
 * Gamma-Gamma process): the three methods on the second half of 2024, their measures recomputed here
 * from the fit, and the measures themselves on small hand-worked cases.
 */
class SupervisedComparisonTest {

    private static final Path SHOP = Path.of("sample-projects/shop-clv/transactions.csv");
    private static final ClvOptions OPTIONS = ClvOptions.defaults().withAsOf(LocalDate.of(2024, 6, 30))
            .withHoldoutEnd(LocalDate.of(2024, 12, 31));

    private static TransactionLog shop() throws Exception {
        ImportedTable table = new TableImporter().read(ImportOptions.of(SHOP), Progress.none());
        return TransactionLog.from(table, new TransactionColumns("customer_id", "order_date", "amount", null, null,
                "order_id"), Progress.none());
    }

    @Test
    void onShopClvTheThreeMethodsAreMeasuredOnTheSameHoldout() throws Exception {
        TransactionLog log = shop();
        ClvResult fitted = new ClvCalculator().compute(log, OPTIONS, Progress.none());
        SupervisedComparison.Result result = new SupervisedComparison().compare(log, fitted, 42, Progress.none());

        CustomerSummary s = fitted.summary();
        assertThat(result.customers()).isEqualTo(s.size());
        assertThat(result.holdoutDays()).isEqualTo(184);
        assertThat(result.trainingAsOf()).isEqualTo(LocalDate.of(2023, 12, 29));
        assertThat(result.trainingCustomers()).isGreaterThan(1000).isLessThan(s.size());
        double actual = 0;
        double valueError = 0;
        double valueTotal = 0;
        for (int i = 0; i < s.size(); i++) {
            actual += s.holdoutSpend(i);
            double predicted = fitted.purchaseModel().expectedPurchases(s.holdoutLength(), s.frequency(i),
                    s.recency(i), s.age(i)) * fitted.spendModel().expectedSpend(s.frequency(i), s.monetaryMean(i));
            valueError += Math.abs(predicted - s.holdoutSpend(i));
            valueTotal += predicted;
        }
        assertThat(result.actualSpend()).isCloseTo(actual, within(1e-6));
        SupervisedComparison.Method value = result.method(SupervisedComparison.VALUE_MODEL);
        assertThat(value.mae()).isCloseTo(valueError / s.size(), within(1e-9));
        assertThat(value.predictedSpend()).isCloseTo(valueTotal, within(1e-6));
        // the data come from the value model's own process: it should rank customers well and add up
        assertThat(value.predictedSpend() / actual).isBetween(0.85, 1.15);
        assertThat(value.spearman()).isGreaterThan(0.4);
        // the top tenth holds far more than a tenth of the spend, by either model
        SupervisedComparison.Method boosted = result.method(SupervisedComparison.REGRESSION);
        assertThat(value.topDecileCapture()).isGreaterThan(0.3);
        assertThat(boosted.topDecileCapture()).isGreaterThan(0.3);
        assertThat(boosted.spearman()).isGreaterThan(0.3);
        // a regression of expected spend adds up too
        assertThat(boosted.predictedSpend() / actual).isBetween(0.8, 1.2);
        // on purchases from its own process the value model is the most accurate; the previous period's
        // spend, the naive yardstick, overstates (customers drop out) and errs more
        SupervisedComparison.Method previous = result.method(SupervisedComparison.PREVIOUS_PERIOD);
        assertThat(value.mae()).isLessThan(previous.mae()).isLessThan(boosted.mae());
        assertThat(previous.predictedSpend()).isGreaterThan(actual * 1.1);

        // the same seed, the same regression
        SupervisedComparison.Result again = new SupervisedComparison().compare(log, fitted, 42, Progress.none());
        assertThat(again.method(SupervisedComparison.REGRESSION)).isEqualTo(boosted);
    }

    @Test
    void withoutAHoldoutThereIsNothingToCompareOn() throws Exception {
        TransactionLog log = shop();
        ClvResult fitted = new ClvCalculator().compute(log, OPTIONS.withHoldoutEnd(null), Progress.none());
        assertThatThrownBy(() -> new SupervisedComparison().compare(log, fitted, 1, Progress.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a holdout end");
    }

    @Test
    void spearmanGivesTiesTheirMeanRank() {
        assertThat(SupervisedComparison.ranks(new double[] {10, 20, 20, 5})).containsExactly(2, 3.5, 3.5, 1);
        // ranks (1,2,3,4) against (2,1,4,3): 1 − 6·Σd²/(n(n²−1)) = 1 − 6·4/60 = 0.6
        assertThat(SupervisedComparison.spearman(new double[] {1, 2, 3, 4}, new double[] {20, 10, 40, 30}))
                .isCloseTo(0.6, within(1e-12));
        assertThat(SupervisedComparison.spearman(new double[] {1, 2, 3}, new double[] {9, 9, 9})).isNaN();
    }

    @Test
    void topDecileCaptureIsTheShareOfTheHighestTenth() {
        double[] actual = new double[20];
        double[] predicted = new double[20];
        for (int i = 0; i < 20; i++) {
            actual[i] = i == 3 ? 50 : i == 7 ? 30 : 1;
            predicted[i] = i == 3 ? 9 : i == 11 ? 8 : 0;
        }
        // the top two by prediction are customers 3 (spent 50) and 11 (spent 1): 51 of 98
        assertThat(SupervisedComparison.topDecileCapture(predicted, actual)).isCloseTo(51.0 / 98, within(1e-12));
    }
}
