package org.segmentlab.core.campaign;

import java.util.Objects;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.predict.ModelParams;

/**
 * Settings of an uplift model.
 *
 * @param model        the classifier (and its settings) each model uses
 * @param method       two models, class transformation, or the better of the two
 * @param testFraction share of each arm × outcome group held out to measure the model
 * @param seed         seeds the split, the balancing of the arms and the classifiers
 */
public record UpliftParams(ModelParams model, UpliftMethod method, double testFraction, long seed) {

    public static final long DEFAULT_SEED = 42;
    public static final double DEFAULT_TEST_FRACTION = 0.3;

    public UpliftParams {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(method, "method");
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("the test fraction must be between 0 and 1, not " + testFraction);
        }
    }

    /** The classifier's defaults, the better of the two methods, 30% held out, seed 42. */
    public static UpliftParams defaults(ModelKind kind) {
        return new UpliftParams(ModelParams.defaults(kind), UpliftMethod.BEST, DEFAULT_TEST_FRACTION, DEFAULT_SEED);
    }

    public UpliftParams withModel(ModelParams newModel) {
        return new UpliftParams(newModel, method, testFraction, seed);
    }

    public UpliftParams withMethod(UpliftMethod newMethod) {
        return new UpliftParams(model, newMethod, testFraction, seed);
    }

    public UpliftParams withTestFraction(double fraction) {
        return new UpliftParams(model, method, fraction, seed);
    }

    public UpliftParams withSeed(long newSeed) {
        return new UpliftParams(model, method, testFraction, newSeed);
    }
}
