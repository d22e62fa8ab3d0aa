package org.segmentlab.core.features.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableFeature;
import org.segmentlab.core.features.CustomerTableWarning;
import org.segmentlab.core.features.FeatureFamily;
import org.segmentlab.core.features.scale.FeatureScaling;

class PreparationTest {

    private static final double NaN = Double.NaN;

    private static CustomerTable.Column numbers(String name, double... values) {
        return CustomerTable.Column.numeric(new CustomerTableFeature(name, FeatureFamily.TRANSACTIONS, name), values);
    }

    private static CustomerTable.Column texts(String name, String... values) {
        return CustomerTable.Column.categorical(new CustomerTableFeature(name, FeatureFamily.ATTRIBUTES, name), values);
    }

    private static List<String> ids(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add("c" + i);
        }
        return out;
    }

    private static Preparation.Result fit(CustomerTable table, PrepStep... steps) {
        return new Preparation().fit(table, List.of(steps));
    }

    @Test
    void medianFillWithIndicatorMarksTheFilledRows() {
        CustomerTable table = new CustomerTable(ids(5), List.of(numbers("spend", 1, NaN, 3, 10, NaN)));

        Preparation.Result result = fit(table, PrepStep.FillMissing.median(List.of(), true));

        assertThat(result.table().featureNames()).containsExactly("spend", "spend_was_missing");
        assertThat(result.table().numeric("spend")).containsExactly(1, 3, 3, 10, 3);
        assertThat(result.table().numeric("spend_was_missing")).containsExactly(0, 1, 0, 0, 1);
        assertThat(result.table().feature("spend_was_missing").family()).isEqualTo(FeatureFamily.PREPARED);
    }

    @Test
    void medianOfAnEvenCountIsTheMidpoint() {
        CustomerTable table = new CustomerTable(ids(5), List.of(numbers("spend", 1, 2, NaN, 10, 4)));

        Preparation.Result result = fit(table, PrepStep.FillMissing.median(List.of("spend"), false));

        assertThat(result.table().numeric("spend")[2]).isEqualTo(3);
        assertThat(result.table().featureNames()).containsExactly("spend");
    }

    @Test
    void modeFillTakesTheMostFrequentValueAndTheSmallestOnATie() {
        CustomerTable table = new CustomerTable(ids(6), List.of(
                numbers("visits", 5, 2, 5, 2, NaN, 7),
                texts("plan", "pro", "basic", "pro", null, "basic", "pro")));

        Preparation.Result result = fit(table, PrepStep.FillMissing.mode(List.of(), false));

        assertThat(result.table().numeric("visits")[4]).isEqualTo(2);
        assertThat(result.table().categorical("plan")[3]).isEqualTo("pro");
    }

    @Test
    void medianOnCategoriesFallsBackToTheMode() {
        CustomerTable table = new CustomerTable(ids(4), List.of(texts("plan", "a", "b", "b", null)));

        Preparation.Result result = fit(table, PrepStep.FillMissing.median(List.of("plan"), true));

        assertThat(result.table().categorical("plan")).containsExactly("a", "b", "b", "b");
        assertThat(result.table().numeric("plan_was_missing")).containsExactly(0, 0, 0, 1);
    }

    @Test
    void constantFillUsesTheGivenValue() {
        CustomerTable table = new CustomerTable(ids(3), List.of(numbers("spend", NaN, 4, NaN), texts("plan", null, "a", "a")));

        Preparation.Result result = fit(table,
                new PrepStep.FillMissing(List.of(), PrepStep.FillMissing.Method.CONSTANT, 0.0, "unknown", false));

        assertThat(result.table().numeric("spend")).containsExactly(0, 4, 0);
        assertThat(result.table().categorical("plan")).containsExactly("unknown", "a", "a");
    }

    @Test
    void oneHotKeepsTheMostFrequentLevelsAndGroupsTheRestAsOther() {
        CustomerTable table = new CustomerTable(ids(13), List.of(texts("country",
                "UK", "DE", "UK", "FR", "UK", "DE", "ES", "UK", "IT", "DE", "UK", "FR", null)));

        Preparation.Result result = fit(table, new PrepStep.OneHot(List.of("country"), 2, null));

        CustomerTable out = result.table();
        assertThat(out.featureNames()).containsExactly("country_uk", "country_de", "country_other");
        assertThat(out.numeric("country_uk")).containsExactly(1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0);
        assertThat(out.numeric("country_de")).containsExactly(0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0);
        assertThat(out.numeric("country_other")).containsExactly(0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0);
        assertThat(out.feature("country_uk").family()).isEqualTo(FeatureFamily.ATTRIBUTES);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void oneHotWarnsWhenItWouldAddMoreThanFiftyColumns() {
        String[] cities = new String[60];
        for (int i = 0; i < cities.length; i++) {
            cities[i] = "city " + i;
        }
        CustomerTable table = new CustomerTable(ids(60), List.of(texts("city", cities)));

        Preparation.Result many = fit(table, new PrepStep.OneHot(List.of(), 100, null));
        Preparation.Result limited = fit(table, PrepStep.OneHot.of(List.of()));

        assertThat(many.table().featureNames()).hasSize(60);
        assertThat(many.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(CustomerTableWarning.Kind.MANY_COLUMNS);
            assertThat(w.message()).startsWith("one-hot encoding adds 60 columns (city 60)");
        });
        assertThat(limited.table().featureNames()).hasSize(11).contains("city_other");
        assertThat(limited.warnings()).isEmpty();
    }

    @Test
    void ratioOfZeroDenominatorIsMissing() {
        CustomerTable table = new CustomerTable(ids(4), List.of(
                numbers("monetary", 100, 50, 0, NaN), numbers("frequency", 4, 0, 0, 2)));

        Preparation.Result result = fit(table, new PrepStep.Ratio("monetary", "frequency", null));

        assertThat(result.table().numeric("monetary_per_frequency")).containsExactly(25, NaN, NaN, NaN);
    }

    @Test
    void zscoreUsesThePopulationStandardDeviation() {
        CustomerTable table = new CustomerTable(ids(4), List.of(numbers("x", 1, 2, 3, 4)));

        double[] z = fit(table, new PrepStep.Scale(List.of(), FeatureScaling.ZSCORE)).table().numeric("x");

        double sd = Math.sqrt(1.25);
        assertThat(z).containsExactly(new double[] {-1.5 / sd, -0.5 / sd, 0.5 / sd, 1.5 / sd}, within(1e-12));
    }

    @Test
    void minMaxAndRobustScaling() {
        CustomerTable table = new CustomerTable(ids(5), List.of(numbers("x", 1, 2, 3, 4, 100), numbers("flat", 7, 7, 7, 7, 7)));

        CustomerTable minMax = fit(table, new PrepStep.Scale(List.of(), FeatureScaling.MINMAX)).table();
        CustomerTable robust = fit(table, new PrepStep.Scale(List.of(), FeatureScaling.ROBUST)).table();

        assertThat(minMax.numeric("x")).containsExactly(new double[] {0, 1 / 99.0, 2 / 99.0, 3 / 99.0, 1}, within(1e-12));
        // median 3, quartiles 2 and 4
        assertThat(robust.numeric("x")).containsExactly(-1, -0.5, 0, 0.5, 48.5);
        assertThat(robust.numeric("flat")).containsOnly(0);
    }

    @Test
    void scalingEveryColumnLeavesAColumnWithoutValuesAsItIsAndSaysSo() {
        CustomerTable table = new CustomerTable(ids(3), List.of(numbers("x", 1, 2, 3), numbers("gap", NaN, NaN, NaN)));

        Preparation.Result result = fit(table, new PrepStep.Scale(List.of(), FeatureScaling.MINMAX));

        assertThat(result.table().numeric("x")).containsExactly(0, 0.5, 1);
        assertThat(result.table().numeric("gap")).containsOnly(NaN);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(CustomerTableWarning.Kind.UNUSABLE_VALUES);
            assertThat(w.features()).containsExactly("gap");
        });
        // a column named on purpose must have values
        assertThatThrownBy(() -> fit(table, new PrepStep.Scale(List.of("gap"), FeatureScaling.MINMAX)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gap");
    }

    @Test
    void scalingFillsMissingValuesWithTheMedianAsClusteringDoes() {
        CustomerTable table = new CustomerTable(ids(3), List.of(numbers("x", 1, NaN, 3)));

        double[] z = fit(table, new PrepStep.Scale(List.of("x"), FeatureScaling.ZSCORE)).table().numeric("x");

        // filled with 2: values 1, 2, 3 have mean 2 and population sd sqrt(2/3)
        double sd = Math.sqrt(2 / 3.0);
        assertThat(z).containsExactly(new double[] {-1 / sd, 0, 1 / sd}, within(1e-12));
    }

    @Test
    void log1pMakesValuesOfMinusOneOrLessMissingAndSaysSo() {
        CustomerTable table = new CustomerTable(ids(3), List.of(numbers("x", 0, Math.E - 1, -1)));

        Preparation.Result result = fit(table, new PrepStep.Log1p(List.of("x")));

        assertThat(result.table().numeric("x")).containsExactly(new double[] {0, 1, NaN}, within(1e-12));
        assertThat(result.warnings()).extracting(CustomerTableWarning::kind)
                .containsExactly(CustomerTableWarning.Kind.UNUSABLE_VALUES);
    }

    @Test
    void fittedPreparationPreparesNewDataWithTheLearnedParameters() {
        CustomerTable fitOn = new CustomerTable(ids(4), List.of(numbers("spend", 10, NaN, 30, 50),
                texts("plan", "pro", "pro", "basic", "team")));
        List<PrepStep> steps = List.of(PrepStep.FillMissing.median(List.of("spend"), false),
                new PrepStep.Scale(List.of("spend"), FeatureScaling.MINMAX),
                new PrepStep.OneHot(List.of("plan"), 1, null));
        FittedPreparation fitted = new Preparation().fit(fitOn, steps).fitted();

        CustomerTable later = new CustomerTable(List.of("n1", "n2"), List.of(numbers("spend", NaN, 90),
                texts("plan", "enterprise", "pro")));
        CustomerTable prepared = fitted.apply(later);

        // median 30 -> (30 - 10) / 40; 90 -> 2; 'enterprise' was never seen, so it counts as other
        assertThat(prepared.numeric("spend")).containsExactly(0.5, 2.0);
        assertThat(prepared.numeric("plan_pro")).containsExactly(0, 1);
        assertThat(prepared.numeric("plan_other")).containsExactly(1, 0);
    }

    @Test
    void stepNamingAMissingColumnSaysWhichStep() {
        CustomerTable table = new CustomerTable(ids(2), List.of(numbers("spend", 1, 2)));

        assertThatThrownBy(() -> fit(table, new PrepStep.Log1p(List.of("spend")), new PrepStep.Log1p(List.of("tenure"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("preparation step 2 (Log of 1 + value for tenure): no feature 'tenure'");
    }

    @Test
    void stepsAndFittedStepsSurviveAJsonRoundTrip() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<PrepStep> steps = List.of(
                new PrepStep.FillMissing(List.of("spend"), PrepStep.FillMissing.Method.CONSTANT, 0.0, null, true),
                new PrepStep.Log1p(List.of()),
                new PrepStep.Scale(List.of("spend"), FeatureScaling.ROBUST),
                new PrepStep.OneHot(List.of("plan"), 5, "Rest"),
                new PrepStep.Ratio("monetary", "frequency", "average_order_value"));

        String text = json.writerFor(new com.fasterxml.jackson.core.type.TypeReference<List<PrepStep>>() { })
                .writeValueAsString(steps);
        List<PrepStep> back = json.readValue(text, new com.fasterxml.jackson.core.type.TypeReference<List<PrepStep>>() { });

        assertThat(back).isEqualTo(steps);
        assertThat(text).contains("{\"type\":\"fill_missing\",\"columns\":[\"spend\"],\"method\":\"CONSTANT\"")
                .contains("{\"type\":\"ratio\",\"numerator\":\"monetary\"").doesNotContain("PrepStep");

        CustomerTable table = new CustomerTable(ids(4), List.of(numbers("spend", 10, NaN, 30, 50),
                texts("plan", "pro", "pro", "basic", "team")));
        FittedPreparation fitted = new Preparation().fit(table, List.of(PrepStep.FillMissing.median(List.of(), true),
                new PrepStep.Scale(List.of("spend"), FeatureScaling.ZSCORE), PrepStep.OneHot.of(List.of("plan")))).fitted();
        FittedPreparation fittedBack = json.readValue(json.writeValueAsString(fitted), FittedPreparation.class);

        assertThat(fittedBack).isEqualTo(fitted);
        assertThat(fittedBack.apply(table).numeric("spend")).containsExactly(fitted.apply(table).numeric("spend"));
    }
}
