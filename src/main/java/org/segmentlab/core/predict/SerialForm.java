package org.segmentlab.core.predict;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the records of a model file ({@code model.bin}, {@code meta.bin}) are written as by Java
 * serialization: a tag and the record's components, turned back into the record by its own
 * constructor when read.
 *
 * <p>Java serialization rebuilds a record through a chain of method handles made for each record
 * class on first use; for the nine records of a model file that cost {@code score} some 130
 * generated classes and ~0.05 s before its first row. A plain class is filled in field by field
 * instead. Files written before this form (records in the stream) still load: the records are
 * unchanged, and each writes this form through {@code writeReplace}.
 */
final class SerialForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final byte HEADER = 1;
    static final byte PARAMS = 2;
    static final byte PROFILE = 3;
    static final byte NUMERIC_PROFILE = 4;
    static final byte CATEGORICAL_PROFILE = 5;
    static final byte SCHEMA = 6;
    static final byte LABEL = 7;
    static final byte TREE_ENSEMBLE = 8;
    static final byte LOGISTIC_FIT = 9;

    private final byte kind;
    private final Object[] parts;

    SerialForm(byte kind, Object... parts) {
        this.kind = kind;
        this.parts = parts;
    }

    @SuppressWarnings("unchecked")
    private Object readResolve() throws java.io.InvalidObjectException {
        Object[] p = parts;
        try {
            return switch (kind) {
                case HEADER -> new ModelHeader((Integer) p[0], (String) p[1], (String) p[2], (String) p[3],
                        (ModelParams) p[4], (String) p[5], (String) p[6], (String) p[7], (List<String>) p[8],
                        (List<String>) p[9], (List<String>) p[10], (Long) p[11], (String) p[12], (String) p[13],
                        (Double) p[14], (Integer) p[15], (Integer) p[16], (Map<String, Double>) p[17]);
                case PARAMS -> new ModelParams((ModelKind) p[0], (Double) p[1], (Integer) p[2], (Integer) p[3],
                        (Integer) p[4], (Integer) p[5], (Double) p[6], (Double) p[7], (Integer) p[8]);
                case PROFILE -> new TrainingProfile((Integer) p[0], (List<TrainingProfile.NumericFeature>) p[1],
                        (List<TrainingProfile.CategoricalFeature>) p[2]);
                case NUMERIC_PROFILE -> new TrainingProfile.NumericFeature((String) p[0], (double[]) p[1],
                        (double[]) p[2]);
                case CATEGORICAL_PROFILE -> new TrainingProfile.CategoricalFeature((String) p[0],
                        (Map<String, Double>) p[1]);
                case SCHEMA -> new InputSchema((String) p[0], (LabelCoding) p[1], (List<String>) p[2],
                        (List<String>) p[3]);
                case LABEL -> new LabelCoding((String) p[0], (String) p[1]);
                case TREE_ENSEMBLE -> new TreeEnsemble((ModelKind) p[0], (FlatTree[]) p[1], (Double) p[2],
                        (List<String>) p[3]);
                case LOGISTIC_FIT -> new NewtonLogistic.Fit((double[]) p[0], (Double) p[1], (Integer) p[2]);
                default -> throw new java.io.InvalidObjectException("unknown model part " + kind);
            };
        } catch (ClassCastException | ArrayIndexOutOfBoundsException | NullPointerException e) {
            java.io.InvalidObjectException bad = new java.io.InvalidObjectException("damaged model part " + kind);
            bad.initCause(e);
            throw bad;
        }
    }
}
