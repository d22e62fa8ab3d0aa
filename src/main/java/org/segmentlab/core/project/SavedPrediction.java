package org.segmentlab.core.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.predict.Driver;
import org.segmentlab.core.predict.ModelInput;
import org.segmentlab.core.predict.ModelInputReader;
import org.segmentlab.core.predict.ModelFeatures;
import org.segmentlab.core.predict.ModelInputSpec;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.predict.ModelTraining;
import org.segmentlab.core.predict.SplitSpec;
import org.segmentlab.core.predict.TrainedModel;
import org.segmentlab.core.predict.TrainingParams;
import org.segmentlab.core.predict.TrainingResult;
import tech.tablesaw.columns.Column;

/**
 * Trains the project's churn (or propensity) model again from its saved Predict settings and seed,
 * as the Predict step does, then scores every customer and explains the scores with SHAP values.
 */
public final class SavedPrediction {

    /** Customers explained at most; above it an evenly spread, fixed set of them is explained. */
    public static final int MAX_EXPLAINED = 20_000;

    /**
     * What the model says.
     *
     * @param source        the source of the outcome: the table the model learnt from (for a model on a source),
     *                      or the file whose outcome column was joined onto the customer table
     * @param training      the model, its hold-out evaluation and its notes
     * @param input         every customer of the source, as the model reads them
     * @param scores        probability of the positive class, by row of {@code input}
     * @param explainedRows the rows of {@code input} whose scores were explained, ascending
     * @param shap          {@code shap[i][f]}: contribution of feature f to the score of row explainedRows[i],
     *                      on the scale of the model's explanations (log-odds)
     * @param features      the features of the explanations, in order
     * @param outcome       "churned = Yes", in words for the reader
     * @param inputName     what the model learnt from in words: "the customer table" or a file name
     * @param sourcesRead   every source read to make the model's table
     * @param notes         what the reader of the model's table should know (features left out, customers
     *                      without an outcome)
     */
    public record Prediction(PredictSettings settings, DataSourceRef source, TrainingResult training,
                             ModelInput input, double[] scores, int[] explainedRows, double[][] shap,
                             List<String> features, String outcome, String inputName,
                             List<DataSourceRef> sourcesRead, List<String> notes) {
        public Prediction {
            features = List.copyOf(features);
            sourcesRead = List.copyOf(sourcesRead);
            notes = List.copyOf(notes);
        }

        /** Whether the model learnt from the project's customer table. */
        public boolean onCustomerTable() {
            return settings.learnsFromCustomers();
        }

        /** Whether the outcome reads as churn, so the report can speak of churn risk. */
        public boolean isChurn() {
            return settings.label() != null && settings.label().toLowerCase(Locale.ROOT).contains("churn");
        }
    }

    /**
     * Retrains the project's model; empty when the project has no Predict settings.
     *
     * @throws IllegalArgumentException with a message for the user: no source has the label column,
     *                                  unusable features, a split that cannot be made
     */
    public Optional<Prediction> replay(SavedSources sources, Progress progress) throws DataFileException {
        Project project = sources.project();
        PredictSettings settings = project.settings().predict();
        if (settings == null || settings.label() == null || settings.label().isBlank()) {
            return Optional.empty();
        }
        DataSourceRef source = null;
        ImportedTable table = null;
        List<DataSourceRef> candidates = settings.input() == null || settings.learnsFromCustomers()
                ? labelledFirst(project, settings.label())
                : List.of(project.source(settings.input()).orElseThrow(() -> new IllegalArgumentException(
                        "the model learns from source '" + settings.input() + "', which the project lacks")));
        for (DataSourceRef candidate : candidates) {
            ImportedTable t = sources.read(candidate, progress.slice(0, 0.1));
            if (t.table().columnNames().contains(settings.label())) {
                source = candidate;
                table = t;
                break;
            }
        }
        if (source == null) {
            throw new IllegalArgumentException("no data source of the project has the outcome column '"
                    + settings.label() + "' its model predicts");
        }
        List<DataSourceRef> used = new ArrayList<>(List.of(source));
        List<String> notes = new ArrayList<>();
        String inputName = sources.file(source).getFileName().toString();
        if (settings.learnsFromCustomers()) {
            ProjectCustomers.Built customers = ProjectCustomers.build(sources, progress.slice(0.1, 0.2));
            org.segmentlab.core.features.CustomerTable customerTable = customers.table();
            Set<String> stepColumns = new java.util.HashSet<>(settings.features() == null ? List.of()
                    : settings.features());
            stepColumns.retainAll(Set.of(ProjectCustomers.SEGMENT, ProjectCustomers.RFM_SEGMENT));
            if (!stepColumns.isEmpty()) {
                // the model learnt from segments the steps produced: they are replayed as the steps made them
                customerTable = ProjectCustomers.withSegments(customerTable, sources, stepColumns,
                        progress.slice(0.2, 0.3), notes);
            }
            table = ProjectCustomers.modelInput(customerTable, table, settings.label());
            notes.addAll(table.report().notes());
            customers.sources().stream().filter(s -> !used.contains(s)).forEach(used::add);
            inputName = "the customer table";
        }
        String id = table.report().columns().stream().filter(c -> c.role() == ColumnRole.CUSTOMER_ID)
                .map(ColumnInfo::name).findFirst().orElse(table.table().column(0).name());
        List<String> features = settings.features() == null ? List.of() : settings.features();
        if (features.isEmpty()) {
            ModelFeatures.Choice choice = ModelFeatures.defaults(table, id, settings.label());
            features = choice.chosen();
            notes.addAll(choice.notes());
        }
        ModelInputSpec spec = ModelInputSpec.of(id, settings.label(), features)
                .withPositiveValue(matchingValue(table, settings.label(), settings.positiveLabel()));
        SplitSpec split = settings.split() == null ? SplitSpec.stratified(0.2) : SplitSpec.parse(settings.split());
        if (split.kind() == SplitSpec.Kind.CHRONOLOGICAL) {
            spec = spec.withDateColumn(split.dateColumn());
        }
        ModelKind kind = settings.model() == null ? ModelKind.LOGISTIC : ModelKind.parse(settings.model());
        long seed = settings.seed() != null ? settings.seed() : project.seed();
        TrainingParams params = TrainingParams.defaults(kind).withSplit(split).withSeed(seed);

        ModelInputReader.Read read = ModelInputReader.forTraining(table, spec);
        ModelInput input = read.input();
        TrainingResult training = new ModelTraining().train(input, read.schema(), params, progress.slice(0.2, 0.7))
                .withReadWarnings(read.warnings());
        TrainedModel model = training.model();
        double[] scores = model.probabilities(input, progress.slice(0.7, 0.75));
        int[] rows = explainedRows(input.rowCount());
        double[][] shap = new double[rows.length][];
        int chunk = 512;
        for (int from = 0; from < rows.length; from += chunk) {
            progress.checkCancelled();
            progress.update(0.75 + 0.25 * from / Math.max(1, rows.length), "Explaining the scores");
            int to = Math.min(rows.length, from + chunk);
            IntStream.range(from, to).parallel().forEach(i -> {
                List<Driver> drivers = model.explain(input, rows[i]).drivers();
                double[] row = new double[drivers.size()];
                for (int f = 0; f < row.length; f++) {
                    row[f] = drivers.get(f).contribution();
                }
                shap[i] = row;
            });
        }
        List<String> explained = new ArrayList<>();
        if (rows.length > 0) {
            model.explain(input, rows[0]).drivers().forEach(d -> explained.add(d.feature()));
        }
        notes.addAll(read.notes());
        String positive = settings.positiveLabel() == null ? "positive" : settings.positiveLabel();
        progress.update(1, "Model ready");
        return Optional.of(new Prediction(settings, source, training, input, scores, rows, shap, explained,
                settings.label() + " = " + positive, inputName, used, notes));
    }

    /** All rows, or {@link #MAX_EXPLAINED} of them spread evenly. */
    static int[] explainedRows(int n) {
        int m = Math.min(n, MAX_EXPLAINED);
        int[] rows = new int[m];
        for (int i = 0; i < m; i++) {
            rows[i] = (int) ((long) i * n / m);
        }
        return rows;
    }

    /** Sources whose saved roles mark the label column first, then the others in project order. */
    private static List<DataSourceRef> labelledFirst(Project project, String label) {
        Set<DataSourceRef> ordered = new LinkedHashSet<>();
        for (DataSourceRef s : project.sources()) {
            if (s.options().roles().get(label) == ColumnRole.LABEL) {
                ordered.add(s);
            }
        }
        for (DataSourceRef s : project.sources()) {
            if (s.kind() != SourceKind.TRANSACTIONS && s.kind() != SourceKind.EVENTS) {
                ordered.add(s);
            }
        }
        ordered.addAll(project.sources());
        return new ArrayList<>(ordered);
    }

    /**
     * The label value the saved positive value names: the same text in any case, or true/false for a
     * Yes/No column read as booleans. Null leaves the reader to recognise Yes/No, 1/0, true/false.
     */
    static String matchingValue(ImportedTable table, String label, String saved) {
        if (saved == null) {
            return null;
        }
        Column<?> column = table.table().column(label);
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < column.size() && values.size() <= 50; i++) {
            if (!column.isMissing(i)) {
                values.add(column.getString(i));
            }
        }
        for (String v : values) {
            if (v.equalsIgnoreCase(saved)) {
                return v;
            }
        }
        String lower = saved.toLowerCase(Locale.ROOT);
        if (Set.of("yes", "y", "1", "t").contains(lower) && values.contains("true")) {
            return "true";
        }
        if (Set.of("no", "n", "0", "f").contains(lower) && values.contains("false")) {
            return "false";
        }
        return saved;
    }
}
