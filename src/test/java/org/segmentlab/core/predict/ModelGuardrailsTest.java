package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ModelGuardrailsTest {

    @TempDir
    Path dir;

    /** 400 customers: 'signal' drives the outcome weakly; the other columns are what each test needs. */
    private static Table customers(int n, long seed) {
        Random random = new Random(seed);
        StringColumn id = StringColumn.create("id");
        IntColumn label = IntColumn.create("y");
        DoubleColumn signal = DoubleColumn.create("signal");
        DoubleColumn constant = DoubleColumn.create("fee");
        DoubleColumn nearConstant = DoubleColumn.create("flag");
        DoubleColumn withGaps = DoubleColumn.create("income");
        for (int i = 0; i < n; i++) {
            double s = random.nextGaussian();
            int y = random.nextDouble() < 1 / (1 + Math.exp(-s)) ? 1 : 0;
            id.append("c" + i);
            label.append(y);
            signal.append(s);
            constant.append(3);
            nearConstant.append(i == 7 ? 1 : 0);
            withGaps.append(i % 100 == 0 ? Double.NaN : 10 + i % 5);
        }
        return Table.create("customers", id, label, signal, constant, nearConstant, withGaps);
    }

    private static ModelInputReader.Read read(Table t, String... features) {
        return ModelInputReader.forTraining(t, ModelInputSpec.of("id", "y", List.of(features)));
    }

    @Test
    void constantColumnIsLeftOutAndSaid() {
        ModelInputReader.Read read = read(customers(400, 1));
        assertThat(read.schema().features()).doesNotContain("fee");
        assertThat(read.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(ModelWarning.Kind.CONSTANT_LEFT_OUT);
            assertThat(w.feature()).isEqualTo("fee");
            assertThat(w.message()).contains("'fee'", "3 for every customer");
        });
    }

    @Test
    void nearConstantColumnIsLeftOutUnlessNamed() {
        ModelInputReader.Read auto = read(customers(400, 1));
        assertThat(auto.schema().features()).doesNotContain("flag");
        assertThat(auto.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(ModelWarning.Kind.NEAR_CONSTANT);
            assertThat(w.message()).isEqualTo("Left out 'flag': it is 0 for all but 1 of 400 customers; name it in --features to use it.");
        });
        ModelInputReader.Read named = read(customers(400, 1), "signal", "flag");
        assertThat(named.schema().features()).containsExactly("signal", "flag");
        assertThat(named.warnings()).singleElement().satisfies(w -> assertThat(w.message()).startsWith("Kept"));
    }

    @Test
    void numberLikeTextIsRefusedWithTheReasonWhenNamedAndLeftOutOtherwise() {
        Table t = customers(40, 2);
        StringColumn text = StringColumn.create("balance");
        for (int i = 0; i < 40; i++) {
            text.append(i == 3 ? "Infinity" : i == 5 ? "1e309" : Integer.toString(i % 10));
        }
        t.addColumns(text);
        assertThatThrownBy(() -> read(t, "signal", "balance"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'balance' was read as text, not as numbers")
                .hasMessageContaining("'Infinity' on data row 4 is not a finite number");
        ModelInputReader.Read auto = read(t);
        assertThat(auto.schema().features()).doesNotContain("balance");
        assertThat(auto.warnings()).anySatisfy(w -> assertThat(w.kind()).isEqualTo(ModelWarning.Kind.TEXT_NOT_NUMERIC));
    }

    @Test
    void realCategoriesStayCategorical() {
        Table t = customers(40, 3);
        StringColumn plan = StringColumn.create("plan");
        for (int i = 0; i < 40; i++) {
            plan.append(i % 3 == 0 ? "basic" : i % 3 == 1 ? "pro" : "1");
        }
        t.addColumns(plan);
        ModelInputReader.Read read = read(t, "signal", "plan");
        assertThat(read.schema().categoricalFeatures()).containsExactly("plan");
    }

    @Test
    void imputationIsSaidPerColumnWithCountsAndTheTrainingMedian() {
        ModelInputReader.Read read = read(customers(400, 1), "signal", "income");
        TrainingResult r = new ModelTraining().train(read.input(), read.schema(),
                TrainingParams.defaults(ModelKind.LOGISTIC).withImportanceRepeats(0), Progress.none());
        // Rows 0, 100, 200 and 300 have no income; the others are 10..14 evenly, so every median is 12.
        ModelWarning w = r.warnings().stream().filter(x -> x.kind() == ModelWarning.Kind.IMPUTED).findFirst()
                .orElseThrow();
        assertThat(w.feature()).isEqualTo("income");
        assertThat(w.message()).startsWith("'income': 4 missing values (").endsWith(
                " filled with the training median 12.");
        int inTest = 0;
        for (int i : Splits.split(SplitSpec.stratified(0.2), read.input(), 42).test()) {
            inTest += read.input().customerIds().get(i).matches("c[0-3]00") ? 1 : 0;
        }
        assertThat(w.message()).contains((4 - inTest) + " in training, " + inTest + " in the hold-out");
    }

    @Test
    void featureThatRanksTheHoldOutAlmostPerfectlyIsFlagged() {
        Table t = customers(400, 4);
        DoubleColumn echo = DoubleColumn.create("refund_amount");
        DoubleColumn copy = DoubleColumn.create("tenure");
        Random random = new Random(9);
        IntColumn y = t.intColumn("y");
        for (int i = 0; i < 400; i++) {
            echo.append(y.getInt(i) * 2 + random.nextGaussian() * 0.3);
            copy.append(y.getInt(i) * 2 + random.nextGaussian() * 0.3);
        }
        t.addColumns(echo, copy);
        ModelInputReader.Read read = read(t, "signal", "tenure");
        TrainingResult r = new ModelTraining().train(read.input(), read.schema(),
                TrainingParams.defaults(ModelKind.LOGISTIC).withImportanceRepeats(0), Progress.none());
        assertThat(r.warnings()).filteredOn(w -> w.kind() == ModelWarning.Kind.POSSIBLE_LEAKAGE)
                .singleElement().satisfies(w -> {
                    assertThat(w.feature()).isEqualTo("tenure");
                    assertThat(w.message()).contains("on its own it ranks the hold-out customers with ROC AUC");
                });
    }

    @Test
    void moderatelyStrongFeatureIsFlaggedOnlyWhenItsNameSaysItComesAfterTheOutcome() {
        assertThat(LeakageCheck.saysAfter("duration")).isTrue();
        assertThat(LeakageCheck.saysAfter("call_duration")).isTrue();
        assertThat(LeakageCheck.saysAfter("CancellationDate")).isTrue();
        assertThat(LeakageCheck.saysAfter("poutcome")).isFalse();
        assertThat(LeakageCheck.saysAfter("tenure")).isFalse();
        Table t = customers(2000, 5);
        DoubleColumn duration = DoubleColumn.create("duration");
        DoubleColumn visits = DoubleColumn.create("visits");
        Random random = new Random(11);
        IntColumn y = t.intColumn("y");
        for (int i = 0; i < 2000; i++) {
            // Separation 1.6 sd: ROC AUC Φ(1.6/√2) ≈ 0.87, strong but below 0.9.
            double v = y.getInt(i) * 1.6 + random.nextGaussian();
            duration.append(v);
            visits.append(v);
        }
        t.addColumns(duration, visits);
        ModelInputReader.Read read = read(t, "signal", "duration", "visits");
        TrainingResult r = new ModelTraining().train(read.input(), read.schema(),
                TrainingParams.defaults(ModelKind.LOGISTIC).withImportanceRepeats(0), Progress.none());
        assertThat(r.warnings()).filteredOn(w -> w.kind() == ModelWarning.Kind.POSSIBLE_LEAKAGE)
                .singleElement().satisfies(w -> assertThat(w.feature()).isEqualTo("duration"));
    }

    @Test
    void splitNoneTrainsOnEveryRowWithoutHoldOutMetricsAndSaysSo() throws Exception {
        ModelInputReader.Read read = read(customers(400, 1), "signal", "income");
        TrainingResult r = new ModelTraining().train(read.input(), read.schema(),
                TrainingParams.defaults(ModelKind.LOGISTIC).withSplit(SplitSpec.parse("none")), Progress.none());
        assertThat(r.trainRows()).isEqualTo(400);
        assertThat(r.testRows()).isZero();
        assertThat(r.hasHoldOut()).isFalse();
        assertThat(r.importance()).isEmpty();
        assertThat(r.warnings().get(0).kind()).isEqualTo(ModelWarning.Kind.NO_HOLD_OUT);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message())
                .isEqualTo("'income': 4 missing values filled with the training median 12."));
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                MetricsJson.toJson(r, null, r.warnings().stream().map(ModelWarning::message).toList()));
        assertThat(json.get("auc_roc").isNull()).isTrue();
        assertThat(json.get("hold_out").asBoolean()).isFalse();
        assertThat(json.get("warnings").get(0).asText()).contains("Trained on all 400 rows (split none)");
        Path split = dir.resolve("split.csv");
        SplitCsv.write(split, read.input(), Splits.split(SplitSpec.none(), read.input(), 42));
        List<String> lines = Files.readAllLines(split);
        assertThat(lines).hasSize(401).first().isEqualTo("customer_id,part");
        assertThat(lines.subList(1, 401)).allMatch(l -> l.endsWith(",train"));
    }

    @Test
    void splitCsvNamesEachCustomersPart() throws Exception {
        ModelInputReader.Read read = read(customers(50, 1), "signal");
        Partition p = Splits.split(SplitSpec.stratified(0.2), read.input(), 7);
        Path split = dir.resolve("split.csv");
        SplitCsv.write(split, read.input(), p);
        List<String> lines = Files.readAllLines(split);
        assertThat(lines.stream().filter(l -> l.endsWith(",test")).count()).isEqualTo(p.test().length);
        for (int i : p.test()) {
            assertThat(lines.get(i + 1)).isEqualTo("c" + i + ",test");
        }
    }
}
