package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.predict.ModelFile;
import org.segmentlab.core.predict.SavedModel;
import org.segmentlab.testing.SharedDatasets;

class TrainCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void metricsJsonFollowsTheContract() throws Exception {
        Path data = ChurnCsv.write(dir.resolve("customers.csv"), 1000, 1, true);
        Path model = dir.resolve("model.slm");
        Path metrics = dir.resolve("metrics.json");
        int code = run("train", "--input", data.toString(), "--id", "customer_id", "--label", "churned",
                "--features", "tenure,spend,tickets,plan", "--model", "logistic", "--save", model.toString(),
                "--metrics", metrics.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(metrics.toFile());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys.subList(0, 9)).containsExactly("model", "auc_roc", "auc_pr", "accuracy", "precision", "recall",
                "f1", "threshold", "confusion");
        assertThat(json.get("model").asText()).isEqualTo("logistic");
        assertThat(json.get("threshold").asDouble()).isEqualTo(0.5);
        JsonNode confusion = json.get("confusion");
        long tn = confusion.get(0).get(0).asLong();
        long fp = confusion.get(0).get(1).asLong();
        long fn = confusion.get(1).get(0).asLong();
        long tp = confusion.get(1).get(1).asLong();
        // A stratified 20% hold-out of 1,000 customers.
        assertThat(tn + fp + fn + tp).isEqualTo(200);
        assertThat(json.get("accuracy").asDouble()).isEqualTo((tp + tn) / 200.0);
        assertThat(json.get("recall").asDouble()).isEqualTo((double) tp / (tp + fn));
        assertThat(json.get("auc_roc").asDouble()).isGreaterThan(0.7);
        // The importer reads a yes/no column as a boolean, so "yes" is coded as true.
        assertThat(json.get("positive_value").asText()).isEqualTo("true");
        SavedModel saved = ModelFile.load(model);
        assertThat(saved.model().schema().features()).containsExactly("tenure", "spend", "tickets", "plan");
        assertThat(out.toString()).contains("Trained logistic on 800 customers; tested on 200");
    }

    @Test
    void withoutFeaturesEveryUsableColumnIsTakenAndStderrSaysWhich() throws Exception {
        Path data = ChurnCsv.write(dir.resolve("customers.csv"), 600, 2, true);
        Path metrics = dir.resolve("metrics.json");
        int code = run("train", "--input", data.toString(), "--id", "customer_id", "--label", "churned",
                "--model", "forest", "--trees", "30", "--save", dir.resolve("m.slm").toString(),
                "--metrics", metrics.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("features: tenure, spend, tickets, plan")
                .contains("columns not used as features: signup (role timestamp)");
        // the metrics file says it too
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(metrics.toFile()).get("warnings")
                .toString()).contains("columns not used as features: signup (role timestamp)");
    }

    @Test
    void everyWarningOnStderrIsInTheMetricsFile() throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,visits,spend,churned\n");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 400; i++) {
            boolean churned = random.nextDouble() < 0.3;
            // spend is blank for every 10th customer: filled with the training median
            String spend = i % 10 == 0 ? "" : String.valueOf(random.nextInt(100) + (churned ? 0 : 40));
            csv.append("c").append(i).append(',').append(random.nextInt(20)).append(',').append(spend).append(',')
                    .append(churned ? "yes" : "no").append('\n');
        }
        Path data = Files.writeString(dir.resolve("gaps.csv"), csv);
        Path metrics = dir.resolve("metrics.json");
        int code = run("train", "--input", data.toString(), "--id", "customer_id", "--label", "churned",
                "--positive", "yes", "--model", "logistic", "--save", dir.resolve("m.slm").toString(),
                "--metrics", metrics.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> said = err.toString().lines().filter(l -> l.startsWith("segmentlab: warning: "))
                .map(l -> l.substring("segmentlab: warning: ".length())).toList();
        assertThat(said).anySatisfy(w -> assertThat(w).startsWith("'spend': 40 missing values"));
        List<String> written = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(metrics.toFile()).get("warnings")
                .forEach(w -> written.add(w.asText()));
        assertThat(written).containsAll(said);
    }

    @Test
    void aChronologicalSplitTrainsOnTheEarlierCustomers() throws Exception {
        Path data = ChurnCsv.write(dir.resolve("customers.csv"), 800, 3, true);
        Path metrics = dir.resolve("metrics.json");
        int code = run("train", "--input", data.toString(), "--id", "customer_id", "--label", "churned",
                "--features", "tenure,tickets", "--model", "boosting", "--split", "time:signup:2023-06-01",
                "--positive", "yes", "--save", dir.resolve("m.slm").toString(), "--metrics", metrics.toString());
        assertThat(code).as(err.toString()).isZero();
        long before = Files.readAllLines(data).stream().skip(1)
                .filter(l -> l.split(",")[5].compareTo("2023-06-01") < 0).count();
        JsonNode json = new ObjectMapper().readTree(metrics.toFile());
        assertThat(json.get("train_rows").asLong()).isEqualTo(before);
        assertThat(json.get("test_rows").asLong()).isEqualTo(800 - before);
        assertThat(json.get("split").asText()).isEqualTo("time:signup:2023-06-01");
    }

    @Test
    void crossValidationAndMaxF1ThresholdGoIntoTheMetrics() throws Exception {
        Path data = ChurnCsv.write(dir.resolve("customers.csv"), 600, 4, true);
        Path metrics = dir.resolve("metrics.json");
        int code = run("train", "--input", data.toString(), "--id", "customer_id", "--label", "churned",
                "--features", "tenure,spend,tickets,plan", "--model", "logistic", "--threshold", "max-f1",
                "--balance", "smote", "--cv", "3", "--save", dir.resolve("m.slm").toString(),
                "--metrics", metrics.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(metrics.toFile());
        assertThat(json.get("cross_validation").get("folds").asInt()).isEqualTo(3);
        assertThat(json.get("cross_validation").get("auc_roc").get("std").asDouble()).isGreaterThan(0);
        assertThat(json.get("threshold").asDouble()).isNotEqualTo(0.5);
        assertThat(json.get("balance").asText()).isEqualTo("smote");
        assertThat(err.toString()).contains("synthetic minority rows added to the training part");
    }

    @Test
    void aCostMatrixPicksTheCheapestThresholdAndReportsTheCampaign() throws Exception {
        Path data = ChurnCsv.write(dir.resolve("customers.csv"), 800, 6, true);
        Path metrics = dir.resolve("metrics.json");
        int code = run("train", "--input", data.toString(), "--id", "customer_id", "--label", "churned",
                "--features", "tenure,spend,tickets,plan", "--model", "logistic", "--threshold", "min-cost",
                "--costs", "500,20,300", "--save", dir.resolve("m.slm").toString(), "--metrics", metrics.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode costs = new ObjectMapper().readTree(metrics.toFile()).get("costs");
        // An offer pays above p = 20 / (300 + 500) = 0.025.
        assertThat(costs.get("break_even_probability").asDouble()).isEqualTo(0.025);
        // The cheapest threshold is never worse than contacting nobody.
        assertThat(costs.get("net_benefit_at_threshold").asDouble()).isGreaterThanOrEqualTo(0);
        JsonNode confusion = new ObjectMapper().readTree(metrics.toFile()).get("confusion");
        double cost = 500 * confusion.get(1).get(0).asDouble()
                + 20 * (confusion.get(0).get(1).asDouble() + confusion.get(1).get(1).asDouble())
                - 300 * confusion.get(1).get(1).asDouble();
        assertThat(costs.get("cost_at_threshold").asDouble()).isEqualTo(cost);

        err.getBuffer().setLength(0);
        assertThat(run("train", "--input", data.toString(), "--id", "customer_id", "--label", "churned",
                "--model", "logistic", "--threshold", "min-cost", "--save", dir.resolve("m2.slm").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("min-cost needs the costs");
    }

    @Test
    void badInputIsOneLineAndExitOne() throws Exception {
        Path data = ChurnCsv.write(dir.resolve("customers.csv"), 200, 5, true);
        String save = dir.resolve("m.slm").toString();
        assertThat(run("train", "--input", data.toString(), "--id", "customer_id", "--label", "left",
                "--model", "logistic", "--save", save)).isEqualTo(1);
        assertThat(err.toString()).startsWith("segmentlab: customers.csv: no label column 'left'")
                .doesNotContain("Exception");
        err.getBuffer().setLength(0);
        assertThat(run("train", "--input", data.toString(), "--id", "customer_id", "--label", "churned",
                "--model", "svm", "--save", save)).isEqualTo(1);
        assertThat(err.toString()).contains("model 'svm': expected logistic, forest or boosting");
        err.getBuffer().setLength(0);
        assertThat(run("train", "--input", data.toString(), "--id", "customer_id", "--label", "churned",
                "--model", "logistic", "--split", "random:0.3", "--save", save)).isEqualTo(1);
        assertThat(err.toString()).contains("expected none, stratified:FRACTION or time:COLUMN:yyyy-MM-dd");
        assertThat(Files.exists(dir.resolve("m.slm"))).isFalse();
    }

    @Test
    void missingRequiredOptionsAreAUsageError() {
        assertThat(run("train", "--input", "x.csv")).isEqualTo(2);
    }

    @Test
    void telcoLogisticRegressionMeetsTheAcceptanceFigures() throws Exception {
        Path telco = SharedDatasets.require("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
        Path metrics = dir.resolve("m.json");
        int code = run("train", "--input", telco.toString(), "--id", "customerID", "--label", "Churn",
                "--features", "tenure,MonthlyCharges,TotalCharges,Contract,InternetService,PaymentMethod,"
                        + "OnlineSecurity,TechSupport,PaperlessBilling,SeniorCitizen",
                "--model", "logistic", "--save", dir.resolve("m.slm").toString(), "--metrics", metrics.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(metrics.toFile());
        assertThat(json.get("auc_roc").asDouble()).isGreaterThanOrEqualTo(0.83);
        assertThat(json.get("test_rows").asInt()).isEqualTo(1409);
    }

    /**
     * The model file is written on its own thread while the importance is computed: its header holds
     * the same hold-out figures as metrics.json, and the model scores the hold-out as the metrics say.
     */
    @Test
    void theModelFileWrittenBesideTheImportanceHoldsTheMetricsOfTheRun() throws Exception {
        Path data = ChurnCsv.write(dir.resolve("customers.csv"), 1200, 4, true);
        Path model = dir.resolve("model.slm");
        Path metrics = dir.resolve("metrics.json");
        int code = run("train", "--input", data.toString(), "--id", "customer_id", "--label", "churned",
                "--features", "tenure,spend,tickets,plan", "--model", "boosting", "--save", model.toString(),
                "--metrics", metrics.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(metrics.toFile());
        assertThat(json.get("permutation_importance").size()).isEqualTo(4);
        SavedModel saved = ModelFile.load(model);
        assertThat(saved.header().metrics().get("auc_roc")).isEqualTo(json.get("auc_roc").asDouble());
        assertThat(saved.header().metrics().get("log_loss")).isEqualTo(json.get("log_loss").asDouble());
        assertThat(saved.header().testRows()).isEqualTo(json.get("test_rows").asInt());
        assertThat(saved.profile()).isNotNull();
    }

    /** A model file that cannot be written fails the command with the reason, and no metrics file is left. */
    @Test
    void aModelFileThatCannotBeWrittenFailsTheCommandWithoutMetrics() throws Exception {
        Path data = ChurnCsv.write(dir.resolve("customers.csv"), 600, 5, true);
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path metrics = dir.resolve("metrics.json");
        int code = run("train", "--input", data.toString(), "--id", "customer_id", "--label", "churned",
                "--features", "tenure,spend", "--model", "forest", "--trees", "20",
                "--save", notAFolder.resolve("m.slm").toString(), "--metrics", metrics.toString());
        assertThat(code).isEqualTo(SegmentLabCli.BAD_INPUT);
        assertThat(err.toString()).contains("cannot write " + notAFolder.resolve("m.slm"));
        assertThat(metrics).doesNotExist();
    }
}
