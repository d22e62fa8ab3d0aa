package org.segmentlab.core.predict;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentlab.core.features.drift.DriftReading;
import org.segmentlab.core.features.drift.PopulationStability;

/**
 * How the features of a model's training data were spread, kept in the model file
 * ({@code profile.json}) so that scoring can tell when new data has drifted away from it: per
 * numeric feature the nine decile edges and the shares of the ten bins they cut (plus missing),
 * per categorical feature the share of each value. Drift is the population stability index with the
 * training data as expected ({@link PopulationStability}).
 *
 * @param rows        the training rows the profile was taken from
 * @param numeric     per numeric feature, in the model's order
 * @param categorical per categorical feature, in the model's order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"rows", "numeric", "categorical"})
public record TrainingProfile(int rows, List<NumericFeature> numeric, List<CategoricalFeature> categorical)
        implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Object writeReplace() {
        return new SerialForm(SerialForm.PROFILE, rows, numeric, categorical);
    }

    /** PSI above which scoring warns that the model should be retrained. */
    public static final double RETRAIN_ABOVE = DriftReading.MAJOR_ABOVE;

    public TrainingProfile {
        numeric = numeric == null ? List.of() : List.copyOf(numeric);
        categorical = categorical == null ? List.of() : List.copyOf(categorical);
    }

    /** @param edges the nine decile cut points; @param shares the ten bins' shares, then the missing share */
    public record NumericFeature(String name, double[] edges, double[] shares) implements java.io.Serializable {
        private Object writeReplace() {
            return new SerialForm(SerialForm.NUMERIC_PROFILE, name, edges, shares);
        }
    }

    /** @param shares each value's share; {@value PopulationStability#MISSING} for missing values */
    public record CategoricalFeature(String name, Map<String, Double> shares) implements java.io.Serializable {
        private Object writeReplace() {
            return new SerialForm(SerialForm.CATEGORICAL_PROFILE, name, shares);
        }
    }

    /** One feature's drift from the training data. */
    public record FeatureDrift(String feature, double psi, DriftReading reading) {
    }

    /** The profile of the rows a model is trained from. */
    public static TrainingProfile of(ModelInput input) {
        List<NumericFeature> numeric = new ArrayList<>();
        for (int f = 0; f < input.numeric().featureCount(); f++) {
            double[] values = input.numeric().column(f);
            double[] edges = PopulationStability.decileEdges(values);
            numeric.add(new NumericFeature(input.numeric().featureNames().get(f), edges,
                    PopulationStability.binShares(values, edges)));
        }
        List<CategoricalFeature> categorical = new ArrayList<>();
        for (int f = 0; f < input.categoricalNames().size(); f++) {
            categorical.add(new CategoricalFeature(input.categoricalNames().get(f),
                    new LinkedHashMap<>(PopulationStability.shares(column(input, f)))));
        }
        return new TrainingProfile(input.rowCount(), numeric, categorical);
    }

    /** The drift of every profiled feature that {@code scored} has, numeric features first. */
    public List<FeatureDrift> compare(ModelInput scored) {
        List<FeatureDrift> out = new ArrayList<>();
        List<String> names = scored.numeric().featureNames();
        for (NumericFeature nf : numeric) {
            int at = names.indexOf(nf.name());
            if (at >= 0) {
                double psi = PopulationStability.index(nf.shares(),
                        PopulationStability.binShares(scored.numeric().column(at), nf.edges()));
                out.add(new FeatureDrift(nf.name(), psi, DriftReading.of(psi)));
            }
        }
        for (CategoricalFeature cf : categorical) {
            int at = scored.categoricalNames().indexOf(cf.name());
            if (at >= 0) {
                double psi = PopulationStability.index(cf.shares(), PopulationStability.shares(column(scored, at)));
                out.add(new FeatureDrift(cf.name(), psi, DriftReading.of(psi)));
            }
        }
        return out;
    }

    /** One line per feature that drifted beyond {@link #RETRAIN_ABOVE}, for the user. */
    public List<String> retrainWarnings(ModelInput scored) {
        List<String> out = new ArrayList<>();
        for (FeatureDrift d : compare(scored)) {
            if (d.psi() > RETRAIN_ABOVE) {
                out.add(String.format(Locale.ROOT, "feature %s has drifted from the training data (PSI %.3f > %.2f): "
                        + "retrain the model", d.feature(), d.psi(), RETRAIN_ABOVE));
            }
        }
        return out;
    }

    private static String[] column(ModelInput input, int feature) {
        String[] out = new String[input.rowCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = input.categorical()[i][feature];
        }
        return out;
    }
}
